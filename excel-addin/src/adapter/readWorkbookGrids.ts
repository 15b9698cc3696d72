/// <reference types="office-js" />
/**
 * Reads every sheet of the open workbook (visible and hidden) into Grids: one sync for the sheet list, one for
 * each sheet's used range, merges and hidden-row summary, then row blocks of values and number formats packed
 * across sheets so each response stays under Excel on the web's 5 MB limit (a block of long texts that still
 * exceeds it is read again in halves). Value types follow from the values (a number, a boolean, text), except for
 * a text that reads like an error value ("#N/A"): only those cells' `valueTypes` are loaded, in one more sync.
 */
import type { Cell, Grid, MergedArea, SourceFile } from "../../../shared/grid/grid";
import { mergedAreas } from "./addresses";
import { blockRow, clearMergedFollowers, impliedType, type RangeBlock } from "./rangeCells";
import type { SheetRef } from "./sheetRefs";
import { trimRows } from "../../../shared/grid/trimEnd";

export interface ReadOptions {
  /** The name messages show for the workbook. */
  readonly file?: string;
  /**
   * Cells loaded per sync: values + number formats cost about 25 bytes a cell for typical tracker text, so 150,000
   * is about 3.75 MB of response; a block of longer texts that Excel refuses is read again in halves.
   */
  readonly cellsPerSync?: number;
  /** Office.context.requirements.isSetSupported; without ExcelApi 1.13 merged areas cannot be read and are left out. */
  readonly isSetSupported?: (set: string, version: string) => boolean;
}

interface SheetInfo {
  readonly name: string;
  readonly id: string;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly full: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
}

interface Block {
  readonly info: SheetInfo;
  readonly top: number;
  readonly rows: number;
  readonly left: number;
  readonly cols: number;
}

async function describeSheets(context: Excel.RequestContext, withMerges: boolean): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const infos = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    const full = sheet.getUsedRangeOrNullObject(false).load("rowHidden");
    const merges = withMerges ? full.getMergedAreasOrNullObject().load("address") : null;
    return { name: sheet.name, id: sheet.id, sheet, used, full, merges };
  });
  await context.sync();
  return infos;
}

/** Row blocks of at most `cells` cells (one row at least, however wide). */
function blocksOf(info: SheetInfo, cells: number): Block[] {
  if (info.used.isNullObject) return [];
  const { rowIndex: top, columnIndex: left, rowCount, columnCount: cols } = info.used;
  const step = Math.max(1, Math.floor(cells / cols));
  const blocks: Block[] = [];
  for (let r = 0; r < rowCount; r += step) blocks.push({ info, top: top + r, rows: Math.min(step, rowCount - r), left, cols });
  return blocks;
}

interface Loaded {
  readonly block: Block;
  readonly range: Excel.Range;
  /** Per-row hidden flags, loaded only when the sheet mixes hidden and visible rows. */
  readonly hidden: Excel.Range[];
}

function queueBlock(block: Block): Loaded {
  const range = block.info.sheet.getRangeByIndexes(block.top, block.left, block.rows, block.cols).load("values,numberFormat");
  const mixed = !block.info.full.isNullObject && block.info.full.rowHidden === null;
  const hidden = mixed ? Array.from({ length: block.rows }, (_, i) => block.info.sheet.getRangeByIndexes(block.top + i, 0, 1, 1).load("rowHidden")) : [];
  return { block, range, hidden };
}

interface SheetRows {
  readonly rows: Cell[][];
  readonly hidden: number[];
}

function store(loaded: Loaded, valueTypes: readonly (readonly string[])[], into: SheetRows): void {
  const { block, range } = loaded;
  const data: RangeBlock = { values: range.values, valueTypes, numberFormat: range.numberFormat };
  for (let i = 0; i < block.rows; i++) {
    while (into.rows.length < block.top + i) into.rows.push([]);
    into.rows[block.top + i] = blockRow(data, i, block.left);
    if (loaded.hidden[i]?.rowHidden === true) into.hidden.push(block.top + i);
  }
  for (const r of loaded.hidden) r.untrack();
  range.untrack();
}

function toGrid(info: SheetInfo, data: SheetRows): Grid {
  const merges: MergedArea[] = info.merges === null || info.merges.isNullObject ? [] : mergedAreas(info.merges.address);
  const rows = data.rows;
  clearMergedFollowers(rows, merges);
  trimRows(rows);
  const allHidden = !info.full.isNullObject && info.full.rowHidden === true;
  const hidden = (allHidden ? rows.map((_, i) => i) : data.hidden).filter((r) => r < rows.length);
  const grid: Grid = { name: info.name, rows, merges };
  return hidden.length > 0 ? { ...grid, hiddenRows: hidden } : grid;
}

/** Groups blocks, in order, into syncs of at most `cells` cells. */
function groups(blocks: readonly Block[], cells: number): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    if (current.length > 0 && size + block.rows * block.cols > cells) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += block.rows * block.cols;
  }
  if (current.length > 0) out.push(current);
  return out;
}

const halves = (block: Block): Block[] => {
  const first = Math.ceil(block.rows / 2);
  return [{ ...block, rows: first }, { ...block, top: block.top + first, rows: block.rows - first }];
};

const tooBig = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/** One sync for a group; when long texts make the response too big for Excel, the group is read again in halves. */
async function readGroup(context: Excel.RequestContext, group: readonly Block[], data: Map<SheetInfo, SheetRows>): Promise<void> {
  const batch = group.map(queueBlock);
  try {
    await context.sync();
  } catch (error) {
    const splittable = group.some((b) => b.rows > 1);
    if (!tooBig(error) || !splittable) throw error;
    const smaller = group.flatMap((b) => (b.rows > 1 ? halves(b) : [b]));
    const cells = Math.ceil(smaller.reduce((sum, b) => sum + b.rows * b.cols, 0) / 2);
    for (const half of groups(smaller, cells)) await readGroup(context, half, data);
    return;
  }
  const types = batch.map(({ block, range }) => {
    if (range.values === null) throw new Error(`Excel returned no values for ${block.rows} rows of "${block.info.name}"; read smaller blocks.`);
    return range.values.map((row) => row.map(impliedType));
  });
  await settleErrorTexts(context, batch, types);
  batch.forEach((loaded, b) => store(loaded, types[b] as string[][], data.get(loaded.block.info) as SheetRows));
}

/** Past this many, a cell-by-cell request would near the request limit: the blocks' value types are loaded whole. */
const CELL_CHECKS = 2_000;

/** A text that reads like an error value ("#N/A") may be either: one more sync loads those cells' value types. */
async function settleErrorTexts(context: Excel.RequestContext, batch: readonly Loaded[], types: string[][][]): Promise<void> {
  const suspects = batch.flatMap(({ block }, b) =>
    (types[b] as string[][]).flatMap((row, i) => row.flatMap((type, j) => (type === "Error" ? [{ block, b, i, j }] : []))),
  );
  if (suspects.length === 0) return;
  if (suspects.length > CELL_CHECKS) {
    const whole = [...new Set(suspects.map((s) => s.b))].map((b) => ({ b, range: (batch[b] as Loaded).range.load("valueTypes") }));
    await context.sync();
    for (const { b, range } of whole) types[b] = range.valueTypes.map((row) => [...row]);
    return;
  }
  const cells = suspects.map((s) => ({ ...s, range: s.block.info.sheet.getRangeByIndexes(s.block.top + s.i, s.block.left + s.j, 1, 1).load("valueTypes") }));
  await context.sync();
  for (const { b, i, j, range } of cells) (types[b] as string[][])[i]![j] = range.valueTypes[0]?.[0] ?? "String";
}

export interface WorkbookRead {
  readonly workbook: SourceFile;
  /** The sheets as read, in workbook order, with the ids change events name them by. */
  readonly sheets: SheetRef[];
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookRead> {
  const cellsPerSync = options.cellsPerSync ?? 150_000;
  const infos = await describeSheets(context, options.isSetSupported?.("ExcelApi", "1.13") ?? true);
  const data = new Map<SheetInfo, SheetRows>(infos.map((info) => [info, { rows: [], hidden: [] }]));
  const blocks = infos.flatMap((info) => blocksOf(info, cellsPerSync));
  for (const group of groups(blocks, cellsPerSync)) await readGroup(context, group, data);
  return {
    workbook: { file: options.file ?? "workbook.xlsx", sheets: infos.map((info) => toGrid(info, data.get(info) as SheetRows)) },
    sheets: infos.map(({ id, name }) => ({ id, name })),
  };
}

export const readWorkbookGrids = async (context: Excel.RequestContext, options: ReadOptions = {}): Promise<SourceFile> =>
  (await readWorkbook(context, options)).workbook;
