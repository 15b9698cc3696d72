/**
 * Reads an .xlsx workbook's bytes into a SourceFile on any host, parsing the ZIP and XML directly because
 * exceljs's reader was about 4× slower and 3× heavier on a 100k-row sheet and its streaming reader loses merges,
 * hidden rows, rich text and formula errors; the host only supplies the inflater.
 */
import { isBlank, type Grid, type SourceFile } from "../grid/grid";
import { InputError } from "../grid/InputError";
import { SheetGridBuilder, type SheetContext } from "./sheetGrid";
import { sniffContainer } from "./sniffContainer";
import { MissingPartError, NotAWorkbookError, readDateStyles, readSharedStrings, readWorkbookInfo, type Package } from "./xlsxParts";
import { scanXmlChunks } from "./xmlScan";
import { listZip, streamEntry, type Inflater } from "./zip";

async function readSheets(pkg: Package): Promise<Grid[]> {
  const info = await readWorkbookInfo(pkg);
  const context: SheetContext = {
    sharedStrings: await readSharedStrings(pkg, info.sharedStringsPart),
    dateStyles: await readDateStyles(pkg, info.stylesPart),
    date1904: info.date1904,
  };
  const grids: Grid[] = [];
  for (const sheet of info.sheets) {
    const entry = pkg.parts.get(sheet.part);
    if (!entry) throw new MissingPartError(`missing worksheet ${sheet.part}`);
    const builder = new SheetGridBuilder(sheet.name, context);
    await scanXmlChunks(streamEntry(pkg.data, entry, pkg.inflater), builder);
    grids.push(builder.grid());
  }
  return grids;
}

export async function readXlsxBytes(file: string, data: Uint8Array, inflater: Inflater): Promise<SourceFile> {
  if (data.length === 0) throw new InputError("input.empty", { file });
  const container = sniffContainer(data);
  if (container !== undefined && container !== "xlsx") throw new InputError(`input.${container}`, { file });
  let sheets: Grid[];
  try {
    sheets = await readSheets({ data, parts: listZip(data), inflater });
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
