/**
 * How one kind of value becomes a cell and is read back exactly: text, controlled code, whole number,
 * percentage, date or period, list. Readers return undefined when a cell holds no exact value of the kind
 * (it is then kept as written, never guessed).
 */
import { cellText } from "../../grid/cellText";
import { isDateCell, type Cell } from "../../grid/grid";
import type { Lang } from "../../model/codes";
import { DateOrPeriod } from "../../model/tracker";
import { parseYesNo, YES_NO_LABELS } from "../../vocab/yesNo";
import type { PlanCell } from "../plan";
import { codeLabel, codeOf, type Vocabulary } from "./codeLabels";
import { isoDayToSerial, serialToIsoDay } from "./dates";

export const textCell = (value: string | null): PlanCell => (value === null || value === "" ? null : value);

export const codeCell = <C extends string>(vocab: Vocabulary<C>, code: C | null, lang: Lang): PlanCell =>
  code === null ? null : codeLabel(vocab, code, lang);

export const readCode = <C extends string>(vocab: Vocabulary<C>, cell: Cell, lang: Lang): C | undefined =>
  typeof cell === "string" ? (codeOf(vocab, cell, lang) ?? undefined) : undefined;

/** A whole number from a number cell or its plain decimal writing ("12", "-3"). */
export function readInteger(cell: Cell): number | undefined {
  const n = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*-?\d{1,15}\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A percentage 0–100 from a number cell or its plain decimal writing. */
export function readPercent(cell: Cell): number | undefined {
  const n = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{1,3}(\.\d+)?\s*$/.test(cell) ? Number(cell) : NaN;
  return n >= 0 && n <= 100 ? n : undefined;
}

/** A real day becomes a date cell (so Excel sorts and filters it); a period or an unusual day stays text. */
export function dateOrPeriodCell(value: string | null): PlanCell {
  if (value === null || value === "") return null;
  const serial = isoDayToSerial(value);
  return serial === null ? value : { kind: "date", serial };
}

export function readDateOrPeriod(cell: Cell): string | undefined {
  if (isDateCell(cell)) return serialToIsoDay(cell.serial);
  // A whole year typed as a number (2025) is the period "2025".
  const text = typeof cell === "number" && Number.isInteger(cell) ? String(cell) : cell;
  return typeof text === "string" && DateOrPeriod.safeParse(text).success ? text : undefined;
}

/** A flag as the Yes or No of the workbook's language (its dropdown's values). */
export const flagCell = (value: boolean | null, lang: Lang): PlanCell => (value === null ? null : YES_NO_LABELS[value ? "yes" : "no"][lang]);

/** A flag from a TRUE/FALSE cell or any answer the importer accepts ("Oui", "x", "✓", 1): people tick it by hand. */
export function readFlag(cell: Cell): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  return typeof cell === "string" || typeof cell === "number" ? (parseYesNo(String(cell)) ?? undefined) : undefined;
}

/** Free text: whatever the cell shows, numbers and dates included. */
export const readText = (cell: Cell): string => cellText(cell);
