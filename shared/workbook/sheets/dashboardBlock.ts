/** One dashboard block: a titled table of counts by status along one dimension, and a bar chart spec of it. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang, Mechanism, Position } from "../../model/codes";
import { RecommendationStatus } from "../../model/codes";
import type { RollupDimension, RollupRow } from "../../rollup/types";
import { codeLabel, MECHANISM_VOCAB, POSITION_VOCAB, STATUS_VOCAB } from "../codec/codeLabels";
import { clipText } from "../longTexts";
import { PERCENT_FORMAT } from "../limits";
import { TITLE_FILL } from "../palette";
import type { AreaStyle, ChartSpec, PlanCell } from "../plan";

export interface Block {
  readonly values: PlanCell[][];
  /** Styles and chart relative to the block's top-left cell (row 0, column 0). */
  readonly styles: AreaStyle[];
  readonly chart: ChartSpec | null;
}

const t = (key: string, lang: Lang, params = {}): string => translate(WORKBOOK_MESSAGES, key, lang, params);

/** Status columns, then Status not set, Total, Overdue and % implemented. */
export const BLOCK_COLUMNS = RecommendationStatus.options.length + 5;
const CHART_COLS = 8;
export const CHART_ROWS = 16;

export function headerRow(first: string, lang: Lang): string[] {
  const statuses = RecommendationStatus.options.map((s) => codeLabel(STATUS_VOCAB, s, lang));
  return [first, ...statuses, t("dashboard.unknown", lang), t("dashboard.total", lang), t("dashboard.overdue", lang), t("dashboard.implementedShare", lang)];
}

/** How a dimension's key reads: codes as labels, goals as "SDG 5", no value as "(none)". */
export function keyLabel(dimension: RollupDimension | null, key: string, lang: Lang): string {
  if (key === "") return t("dashboard.none", lang);
  if (dimension === "mechanism" && key in MECHANISM_VOCAB.labels) return codeLabel(MECHANISM_VOCAB, key as Mechanism, lang);
  if (dimension === "position" && key in POSITION_VOCAB.labels) return codeLabel(POSITION_VOCAB, key as Position, lang);
  if (dimension === "sdgGoal") return t("dashboard.sdgGoal", lang, { goal: key });
  return clipText(key);
}

export const countsRow = (label: string, row: RollupRow): PlanCell[] => [
  label,
  ...RecommendationStatus.options.map((s) => row.counts[s]),
  row.counts.unknown,
  row.total,
  row.overdue,
  row.implementedShare,
];

export function block(title: string, first: string, dimension: RollupDimension | null, rows: readonly RollupRow[], lang: Lang): Block {
  const header = headerRow(first, lang);
  const values: PlanCell[][] = [[title], header, ...rows.map((r) => countsRow(keyLabel(dimension, r.key, lang), r))];
  const last = rows.length + 1;
  const styles: AreaStyle[] = [
    { area: { top: 0, left: 0, bottom: 0, right: BLOCK_COLUMNS - 1 }, bold: true, fill: TITLE_FILL },
    { area: { top: 1, left: 0, bottom: 1, right: BLOCK_COLUMNS - 1 }, bold: true },
  ];
  if (rows.length > 0) styles.push({ area: { top: 2, left: BLOCK_COLUMNS - 1, bottom: last, right: BLOCK_COLUMNS - 1 }, numberFormat: PERCENT_FORMAT });
  const series = RecommendationStatus.options.length + 1;
  const chart: ChartSpec | null = rows.length === 0 ? null : {
    type: "barStacked",
    title,
    categories: { top: 2, left: 0, bottom: last, right: 0 },
    series: Array.from({ length: series }, (_, i) => ({
      name: header[i + 1]!,
      nameCell: { row: 1, col: i + 1 },
      values: { top: 2, left: i + 1, bottom: last, right: i + 1 },
    })),
    anchor: { row: 0, col: BLOCK_COLUMNS + 1 },
    rows: CHART_ROWS,
    cols: CHART_COLS,
  };
  return { values, styles, chart };
}
