/** Cell formats (date, percent, bold, fill, link look) turned into exceljs style ids once each, then reused by every cell. */
import type { StreamWorkbook } from "./exceljsStream";

export interface CellFormat {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** 6-digit RGB. */
  readonly fill?: string;
  readonly link?: boolean;
}

const LINK_COLOUR = "FF0563C1";

function styleModel(format: CellFormat): object {
  const font = format.link ? { color: { argb: LINK_COLOUR }, underline: true, ...(format.bold ? { bold: true } : {}) } : format.bold ? { bold: true } : undefined;
  return {
    ...(format.numberFormat ? { numFmt: format.numberFormat } : {}),
    ...(font ? { font } : {}),
    ...(format.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${format.fill}` } } } : {}),
  };
}

export class StyleBook {
  private readonly ids = new Map<string, number>();

  constructor(private readonly workbook: StreamWorkbook) {}

  /** The style id of a format; 0 (the default style) for an empty one. */
  id(format: CellFormat): number {
    const key = `${format.numberFormat ?? ""}|${format.bold ? 1 : 0}|${format.fill ?? ""}|${format.link ? 1 : 0}`;
    if (key === "|0||0") return 0;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.workbook.styles.addStyleModel(styleModel(format));
      this.ids.set(key, id);
    }
    return id;
  }
}
