/** Reads an .xlsx workbook into a SourceFile by streaming its parts directly, because exceljs's reader was about 4× slower and 3× heavier on a 100k-row sheet and its streaming reader loses merges, hidden rows, rich text and formula errors. */
import { isBlank, type Grid, type SourceFile } from "../../shared/grid/grid";
import { InputError } from "./InputError";
import { SheetGridBuilder, type SheetContext } from "./sheetGrid";
import { MissingPartError, NotAWorkbookError, readDateStyles, readSharedStrings, readWorkbookInfo } from "./xlsxParts";
import { scanXmlChunks } from "./xmlScan";
import { listZip, streamEntry } from "./zip";

async function readSheets(data: Buffer): Promise<Grid[]> {
  const parts = listZip(data);
  const info = readWorkbookInfo(data, parts);
  const context: SheetContext = {
    sharedStrings: readSharedStrings(data, parts, info.sharedStringsPart),
    dateStyles: readDateStyles(data, parts, info.stylesPart),
    date1904: info.date1904,
  };
  const grids: Grid[] = [];
  for (const sheet of info.sheets) {
    const entry = parts.get(sheet.part);
    if (!entry) throw new MissingPartError(`missing worksheet ${sheet.part}`);
    const builder = new SheetGridBuilder(sheet.name, context);
    await scanXmlChunks(streamEntry(data, entry), builder);
    grids.push(builder.grid());
  }
  return grids;
}

export async function readXlsx(file: string, data: Buffer): Promise<SourceFile> {
  let sheets: Grid[];
  try {
    sheets = await readSheets(data);
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw new InputError("input.notSpreadsheet", { file });
    // Every other failure means the package is damaged: a bad ZIP, a missing part, malformed XML or an impossible reference.
    throw new InputError("input.corrupt", { file, detail: (error as Error).message });
  }
  if (!sheets.some((grid) => grid.rows.some((row) => row.some((cell) => !isBlank(cell))))) {
    throw new InputError("input.empty", { file });
  }
  return { file, sheets };
}
