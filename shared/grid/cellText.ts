/** Cell values as the text a person sees, for messages, headers and free-text fields. */
import { serialToIso } from "../vocab/calendar";
import { isDateCell, isErrorCell, type Cell } from "./grid";

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15)));
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isDateCell(cell)) return serialToIso(cell.serial);
  if (isErrorCell(cell)) return cell.code;
  return "";
}
