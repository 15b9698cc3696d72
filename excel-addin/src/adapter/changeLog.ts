/// <reference types="office-js" />
/**
 * What changed in the workbook since it was last read, from Excel's `worksheets.onChanged` events: the edited
 * areas by sheet id, or "read everything again" when an event cannot be mapped onto a cached read (rows or cells
 * inserted or deleted, whole rows or columns, or more cells than one refresh should re-read). The add-in's own
 * writes (triggerSource "ThisLocalAddin", ExcelApi 1.14) are skipped: the host already knows what it wrote.
 * Formula results that recalculation changed raise no onChanged event, so `worksheets.onCalculated` (its
 * `address`, ExcelApi 1.11) marks the recalculated areas too.
 */
import type { MergedArea } from "../../../shared/grid/grid";
import { parseArea, splitAreas } from "./addresses";

export interface ChangedArea {
  readonly sheetId: string;
  readonly area: MergedArea;
}

export interface Changes {
  readonly areas: readonly ChangedArea[];
  /** The areas do not describe every change: only a full read is right. */
  readonly everything: boolean;
}

type ChangeEvent = Pick<Excel.WorksheetChangedEventArgs, "worksheetId" | "address" | "changeType" | "triggerSource">;
type CalculatedEvent = Pick<Excel.WorksheetCalculatedEventArgs, "worksheetId" | "address">;

const cells = (a: MergedArea): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

export class ChangeLog {
  private areas: ChangedArea[] = [];
  private everything = false;
  private cells = 0;

  /** `maxCells`: past this many changed cells, re-reading them one by one costs more than a full read saves. */
  constructor(private readonly maxCells = 50_000) {}

  /** For `worksheets.onChanged`. */
  readonly onChanged = async (event: ChangeEvent): Promise<void> => {
    if (event.triggerSource === "ThisLocalAddin") return;
    const area = event.changeType === "RangeEdited" ? parseArea(event.address) : null;
    if (area === null) this.everything = true;
    else this.mark(event.worksheetId, area);
  };

  /** For `worksheets.onCalculated`: an address listing several areas is split; none at all means anything may have changed. */
  readonly onCalculated = async (event: CalculatedEvent): Promise<void> => {
    const areas = event.address ? splitAreas(event.address).map(parseArea) : [null];
    for (const area of areas) {
      if (area === null) this.everything = true;
      else this.mark(event.worksheetId, area);
    }
  };

  /** A change the host made itself but does not mirror in its cached read. */
  mark(sheetId: string, area: MergedArea): void {
    this.areas.push({ sheetId, area });
    this.cells += cells(area);
    if (this.cells > this.maxCells) this.everything = true;
  }

  /** The changes so far; the log starts empty again. */
  take(): Changes {
    const changes = { areas: this.areas, everything: this.everything };
    this.areas = [];
    this.everything = false;
    this.cells = 0;
    return changes;
  }
}
