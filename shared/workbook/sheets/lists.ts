/** The Lists sheet: one column per controlled vocabulary, feeding the dropdowns of the record sheets. */
import type { Lang } from "../../model/codes";
import { FIELD_LABELS } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import { YES_NO_LABELS } from "../../vocab/yesNo";
import { ACTIVITY_STATUS_VOCAB, MECHANISM_VOCAB, POSITION_VOCAB, STATUS_VOCAB, vocabLabels } from "../codec/codeLabels";
import { splitValues } from "../codec/multiValue";
import { columnWidth } from "../columns";
import { CELL_TEXT_LIMIT } from "../limits";
import type { PlanCell, SheetPlan } from "../plan";
import { sheetPlan } from "../sheetPlan";
import { absoluteRange } from "../sheetNames";

/** The vocabularies a dropdown can draw from, named by the field they serve. */
export const LIST_KINDS = ["status", "response", "activityStatus", "mechanism", "sdg", "institutions", "followUp"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Dropdown sources ("=Lists!$A$2:$A$5") by list; null for an empty list. */
export type ListSources = Readonly<Record<ListKind, string | null>>;

const SDG_GOALS = Array.from({ length: 17 }, (_, i) => i + 1);

/** Every institution named by a recommendation or an activity, in the language's alphabetical order. */
export function institutionsOf(recs: readonly Recommendation[], lang: Lang): string[] {
  const names = new Set<string>();
  for (const rec of recs) {
    for (const name of rec.institutions) names.add(name);
    for (const act of rec.activities) for (const name of splitValues(act.institution ?? "")) names.add(name);
  }
  const collator = new Intl.Collator(lang);
  // A list entry must fit a cell; an absurdly long "institution" is left out of the dropdown, not the records.
  return [...names].filter((n) => n.length <= CELL_TEXT_LIMIT).sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

function listValues(kind: ListKind, recs: readonly Recommendation[], lang: Lang): PlanCell[] {
  switch (kind) {
    case "status": return vocabLabels(STATUS_VOCAB, lang);
    case "response": return vocabLabels(POSITION_VOCAB, lang);
    case "activityStatus": return vocabLabels(ACTIVITY_STATUS_VOCAB, lang);
    case "mechanism": return vocabLabels(MECHANISM_VOCAB, lang);
    case "sdg": return SDG_GOALS;
    case "institutions": return institutionsOf(recs, lang);
    case "followUp": return [YES_NO_LABELS.yes[lang], YES_NO_LABELS.no[lang]];
  }
}

export function listsSheet(name: string, recs: readonly Recommendation[], lang: Lang, rtl: boolean): { sheet: SheetPlan; sources: ListSources } {
  const columns = LIST_KINDS.map((kind) => listValues(kind, recs, lang));
  const height = Math.max(...columns.map((c) => c.length));
  const values: PlanCell[][] = [LIST_KINDS.map((kind) => FIELD_LABELS[kind][lang])];
  for (let r = 0; r < height; r++) values.push(columns.map((c) => c[r] ?? null));
  const sources = {} as Record<ListKind, string | null>;
  LIST_KINDS.forEach((kind, col) => {
    const n = columns[col]!.length;
    sources[kind] = n === 0 ? null : absoluteRange(name, { top: 1, left: col, bottom: n, right: col });
  });
  const sheet = sheetPlan("lists", name, values, rtl, {
    columnWidths: LIST_KINDS.map((k) => Math.max(columnWidth(k), 18)),
    frozen: { rows: 1, cols: 0 },
    styles: [{ area: { top: 0, left: 0, bottom: 0, right: LIST_KINDS.length - 1 }, bold: true }],
  });
  return { sheet, sources };
}
