/** Dropdowns, conditional fills, notes and hyperlinks of one sheet, handed to exceljs's streaming worksheet. */
import { cellAddress } from "../../shared/grid/address";
import type { SheetPlan } from "../../shared/workbook/plan";
import { areaAddress } from "../../shared/workbook/sheetNames";
import type { NoteModel, StreamWorksheet } from "./exceljsStream";
import { xmlAttr } from "./xmlText";

export function addValidations(ws: StreamWorksheet, sheet: SheetPlan): void {
  for (const v of sheet.validations) {
    ws.dataValidations.add(areaAddress(v.area), {
      type: "list",
      allowBlank: true,
      // The file format stores the formula without its leading "=".
      formulae: [v.source.replace(/^=/, "")],
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.errorMessage,
    });
  }
}

/** A text constant inside a formula: quoted, inner quotes doubled. */
const formulaText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function addConditionalFills(ws: StreamWorksheet, sheet: SheetPlan): void {
  sheet.conditionalFills.forEach((f, i) => {
    ws.addConditionalFormatting({
      ref: areaAddress(f.area),
      rules: [{ type: "cellIs", operator: "equal", priority: i + 1, formulae: [formulaText(f.equals)], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${f.fill}` } } } }],
    });
  });
}

const NOTE_LOOK = { margins: { insetmode: "auto", inset: [0.13, 0.13, 0.25, 0.25] }, protection: { locked: "True", lockText: "True" }, editAs: "absolute" };

export function addNotes(ws: StreamWorksheet, sheet: SheetPlan): void {
  const notes: NoteModel[] = sheet.notes.flatMap((n) =>
    n.text === null ? [] : [{ ref: cellAddress(n.row, n.col), type: "note" as const, note: { texts: [{ text: n.text }], ...NOTE_LOOK } }],
  );
  if (notes.length === 0) return;
  ws._sheetCommentsWriter.addComments(notes);
  // Rows are written around exceljs's row writer, which is what normally raises this flag (for <legacyDrawing>).
  ws.hasComments = true;
}

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * Hyperlinks, written by hand right after <dataValidations>: exceljs's streaming writer puts <hyperlinks> before
 * <conditionalFormatting> and <dataValidations>, against the schema's order, and Excel then calls the file
 * corrupt (exceljs issues #2784, #2803). An in-workbook link ("#'Sheet'!A1") is a location; any other, a relationship.
 */
export function addLinks(ws: StreamWorksheet, links: readonly { address: string; target: string }[]): void {
  if (links.length === 0) return;
  const items = links.map(({ address, target }) => {
    if (target.startsWith("#")) return `<hyperlink ref="${address}" location="${xmlAttr(target.slice(1))}"/>`;
    const rId = ws._sheetRelsWriter.addRelationship({ Type: HYPERLINK_REL, Target: target, TargetMode: "External" });
    return `<hyperlink ref="${address}" r:id="${rId}"/>`;
  });
  const writeValidations = ws._writeDataValidations.bind(ws);
  ws._writeDataValidations = () => {
    writeValidations();
    ws.stream.write(`<hyperlinks>${items.join("")}</hyperlinks>`);
  };
}
