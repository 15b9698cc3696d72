/** Conditional fills on status columns, one colour per status label, over the rows in use. */
import type { Lang } from "../../model/codes";
import { ACTIVITY_STATUS_VOCAB, codeLabel, STATUS_VOCAB, type Vocabulary } from "../codec/codeLabels";
import { ACTIVITY_STATUS_FILLS, STATUS_FILLS } from "../palette";
import type { ConditionalFill } from "../plan";
import { columnArea } from "../sheetPlan";

const COLOURED: Readonly<Record<string, { vocab: Vocabulary<string>; fills: Readonly<Record<string, string>> }>> = {
  status: { vocab: STATUS_VOCAB, fills: STATUS_FILLS },
  activityStatus: { vocab: ACTIVITY_STATUS_VOCAB, fills: ACTIVITY_STATUS_FILLS },
};

export function statusFills(columnKeys: readonly string[], rows: number, lang: Lang): ConditionalFill[] {
  if (rows === 0) return [];
  return columnKeys.flatMap((key, col) => {
    const coloured = COLOURED[key];
    if (!coloured) return [];
    return Object.entries(coloured.fills).map(([code, fill]) => ({ area: columnArea(col, rows), equals: codeLabel(coloured.vocab, code, lang), fill }));
  });
}
