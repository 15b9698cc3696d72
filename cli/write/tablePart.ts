/**
 * Excel tables for exceljs's streaming writer, which has none: the table part, its relationship from the sheet,
 * the <tableParts> element at the end of the sheet XML, and the part's content type in [Content_Types].xml.
 */
import { areaAddress } from "../../shared/workbook/sheetNames";
import type { TablePlan } from "../../shared/workbook/plan";
import type { StreamWorkbook, StreamWorksheet } from "./exceljsStream";
import { xmlAttr } from "./xmlText";

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export function tableXml(table: TablePlan, headers: readonly string[], id: number): string {
  const ref = areaAddress(table.area);
  const columns = headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(h)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlAttr(table.name)}" displayName="${xmlAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Adds the sheet's tables (numbered from `firstId`); call before the sheet is committed. */
export function addTables(wb: StreamWorkbook, ws: StreamWorksheet, tables: readonly { plan: TablePlan; headers: readonly string[]; id: number }[], registry: string[]): void {
  if (tables.length === 0) return;
  const rIds = tables.map(({ plan, headers, id }) => {
    const part = `table${id}.xml`;
    wb.zip.append(tableXml(plan, headers, id), { name: `xl/tables/${part}` });
    registry.push(part);
    return ws._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${part}` });
  });
  const close = ws._writeCloseWorksheet.bind(ws);
  // <tableParts> is the last element a worksheet may have before </worksheet> (and the extLst exceljs never writes).
  ws._writeCloseWorksheet = () => {
    ws.stream.write(`<tableParts count="${rIds.length}">${rIds.map((rId) => `<tablePart r:id="${rId}"/>`).join("")}</tableParts>`);
    close();
  };
}

/** Declares every table part in [Content_Types].xml, which exceljs writes at commit without knowing about them. */
export function declareTableParts(wb: StreamWorkbook, registry: readonly string[]): void {
  const append = wb.zip.append.bind(wb.zip);
  wb.zip.append = (source, data) => {
    if (data.name !== "[Content_Types].xml" || typeof source !== "string" || registry.length === 0) return append(source, data);
    const overrides = registry.map((part) => `<Override PartName="/xl/tables/${part}" ContentType="${TABLE_TYPE}"/>`).join("");
    return append(source.replace("</Types>", `${overrides}</Types>`), data);
  };
}
