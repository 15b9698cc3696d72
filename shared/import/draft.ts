/** A record as read from rows, before its values are normalised: every cell kept with its address. */
import type { Cell } from "../grid/grid";
import type { Field } from "../model/fields";
import type { Mechanism } from "../model/codes";

export interface DraftCell {
  readonly value: Cell;
  /** 1-based row and 0-based column in the source sheet (the A1 address is made only for messages). */
  readonly row: number;
  readonly col: number;
}

export interface DraftActivity {
  readonly row: number;
  readonly fields: Map<Field, DraftCell>;
}

export interface DraftRecord {
  readonly file: string;
  readonly sheet: string;
  /** 1-based row of the record's first line. */
  readonly row: number;
  readonly fields: Map<Field, DraftCell>;
  /** Cells of columns no field holds, by header. */
  readonly extra: Map<string, DraftCell>;
  readonly activities: DraftActivity[];
  /** The section row it sits under, if the section named a cluster or theme. */
  readonly cluster: string | null;
  /** The mechanism named by a section row or the sheet's name, if any. */
  readonly contextMechanism: Mechanism | null;
  readonly hidden: boolean;
  /** Cells of continuation rows that repeat a field the record already has: reported, never dropped. */
  readonly leftovers: Array<{ readonly header: string; readonly cell: DraftCell }>;
}
