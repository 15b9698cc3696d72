/** The Recommendations and Activities sheets: one table each, header frozen, coded columns with dropdowns and colours. */
import type { Lang } from "../../model/codes";
import { FIELD_LABELS, isField } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { RecordAnalysis } from "../../track/analyzeRecords";
import { analysisCells, ANALYSIS_KEYS } from "../analysisCells";
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import { columnWidth, EXTRA_KEY, SOURCE_KEY } from "../columns";
import { tableHeaders } from "../headers";
import type { LongTextPart } from "../longTexts";
import { TABLE_STYLE } from "../palette";
import type { CellNote, PlanCell, SheetPlan } from "../plan";
import { activityRow, recommendationRow } from "../recordRows";
import { sheetPlan, tableArea } from "../sheetPlan";
import type { ListSources } from "./lists";
import { statusFills } from "./statusFills";
import { listValidations } from "./validations";

export interface RecordSheetInput {
  readonly name: string;
  readonly tableName: string;
  readonly keys: readonly string[];
  readonly extraColumns: readonly string[];
  readonly lang: Lang;
  readonly rtl: boolean;
  readonly lists: ListSources;
  readonly notes: readonly CellNote[];
  /** Suggestions to show in the analysis columns (Recommendations sheet only), or null when there are none. */
  readonly analysis: RecordAnalysis | null;
}

const ANALYSIS_KEY_SET: ReadonlySet<string> = new Set(ANALYSIS_KEYS);

/** Field columns take their label; extra columns their source header; then Source, then any analysis columns. */
function headerTexts(keys: readonly string[], extraColumns: readonly string[], lang: Lang): string[] {
  let extra = 0;
  return keys.map((key) => {
    if (key === EXTRA_KEY) return extraColumns[extra++]!;
    if (key === SOURCE_KEY || ANALYSIS_KEY_SET.has(key)) return translate(WORKBOOK_MESSAGES, `column.${key}`, lang);
    return isField(key) ? FIELD_LABELS[key][lang] : key;
  });
}

function recordSheet(role: "recommendations" | "activities", input: RecordSheetInput, rows: PlanCell[][]): SheetPlan {
  const headers = tableHeaders(headerTexts(input.keys, input.extraColumns, input.lang), input.lang);
  return sheetPlan(role, input.name, [headers, ...rows], input.rtl, {
    columnWidths: input.keys.map(columnWidth),
    frozen: { rows: 1, cols: role === "recommendations" ? 1 : 0 },
    tables: [{ name: input.tableName, area: tableArea(rows.length, headers.length), style: TABLE_STYLE }],
    validations: listValidations(input.keys, rows.length, input.lists, input.lang),
    conditionalFills: statusFills(input.keys, rows.length, input.lang),
    notes: input.notes,
  });
}

export function recommendationsSheet(recs: readonly Recommendation[], input: RecordSheetInput, out: LongTextPart[]): SheetPlan {
  const { analysis, lang } = input;
  const rows = recs.map((rec) => {
    const row = recommendationRow(rec, lang, input.extraColumns, out);
    return analysis ? [...row, ...analysisCells(rec.id, analysis, lang)] : row;
  });
  return recordSheet("recommendations", input, rows);
}

export function activitiesSheet(recs: readonly Recommendation[], input: RecordSheetInput, out: LongTextPart[]): SheetPlan {
  const rows: PlanCell[][] = [];
  for (const rec of recs) {
    for (const activity of rec.activities) rows.push(activityRow({ recordId: rec.id, activity }, input.lang, out));
  }
  return recordSheet("activities", input, rows);
}
