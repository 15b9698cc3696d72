/**
 * Embedded charts: `sheet.newChart()` gives a local builder (its calls are "Builder." and free, like Apps Script's),
 * `build()` an EmbeddedChart, and only `insertChart`, `getCharts` and `removeChart` reach the sheet, counted.
 */
import type { FakeHost } from "./host";
import type { FakeRange } from "./range";

export interface FakeChart {
  readonly id: string;
  readonly type: "bar";
  readonly stacked: boolean;
  readonly title: string;
  /** A1 ranges as added: the first is the categories, the rest one series each. */
  readonly ranges: readonly string[];
  readonly numHeaders: number;
  /** 1-based anchor cell and pixel offsets. */
  readonly position: { readonly row: number; readonly col: number; readonly offsetX: number; readonly offsetY: number };
  readonly options: Readonly<Record<string, unknown>>;
  /** The sheet the ranges were taken from (by id): a chart is inserted into the sheet it charts. */
  readonly sheetId: number;
}

let nextChart = 0;

/** What `getCharts()` hands back: the chart's data behind EmbeddedChart's getters. */
export const embeddedChart = (host: FakeHost, chart: FakeChart) => ({
  chart,
  getChartId: () => (host.call("EmbeddedChart.getChartId"), chart.id),
  getRanges: () => (host.call("EmbeddedChart.getRanges"), [...chart.ranges]),
  getOptions: () => (host.call("EmbeddedChart.getOptions"), { get: (key: string) => chart.options[key] ?? null }),
});
export type FakeEmbeddedChart = ReturnType<typeof embeddedChart>;

export function chartBuilder(host: FakeHost, sheetId: number) {
  const state = { type: null as "bar" | null, stacked: false, title: "", ranges: [] as string[], numHeaders: -1, position: null as FakeChart["position"] | null, options: {} as Record<string, unknown> };
  const b = {
    addRange(range: FakeRange) {
      host.call("Builder.addRange");
      if (range.sheet.id !== sheetId) throw new Error("Exception: The range must be on the sheet the chart is built for.");
      state.ranges.push(range.a1());
      return b;
    },
    asBarChart() { host.call("Builder.asBarChart"); state.type = "bar"; return b; },
    setStacked() {
      host.call("Builder.setStacked");
      if (state.type !== "bar") throw new Error("TypeError: setStacked is not a function");
      state.stacked = true;
      return b;
    },
    setTitle(title: string) {
      host.call("Builder.setTitle");
      if (state.type === null) throw new Error("TypeError: setTitle is not a function");
      state.title = title;
      return b;
    },
    setNumHeaders(n: number) { host.call("Builder.setNumHeaders"); state.numHeaders = n; return b; },
    setOption(key: string, value: unknown) { host.call("Builder.setOption"); state.options[key] = value; return b; },
    setPosition(row: number, col: number, offsetX: number, offsetY: number) {
      host.call("Builder.setPosition");
      if (![row, col, offsetX, offsetY].every(Number.isInteger) || row < 1 || col < 1) throw new Error("Exception: The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.");
      state.position = { row, col, offsetX, offsetY };
      return b;
    },
    build(): FakeChart {
      host.call("Builder.build");
      if (state.ranges.length === 0) throw new Error("Exception: The chart has no data. Add a range before building it.");
      if (state.type === null) throw new Error("Exception: The chart type is not set.");
      return { id: `chart-${nextChart++}`, type: state.type, stacked: state.stacked, title: state.title, ranges: [...state.ranges], numHeaders: state.numHeaders,
        position: state.position ?? { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: { ...state.options }, sheetId };
    },
  };
  return b;
}
