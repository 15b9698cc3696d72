/** Reads a progress percentage (0–100) from a number cell or text such as "45 %", "45,5%" or "٤٥٪". */
import type { Cell } from "../grid/grid";
import { fold } from "./text";

export type ProgressResult = { kind: "ok"; value: number } | { kind: "invalid" } | { kind: "empty" };

const INVALID: ProgressResult = { kind: "invalid" };
const EMPTY: ProgressResult = { kind: "empty" };
// An optional percent sign on either side (Arabic writes it first); a decimal comma or point.
const NEGATIVE = /^\s*[-−–]\s*\d/;
const PERCENT_TEXT = /^(%?)\s*(\d{1,3}(?:[.,]\d+)?)\s*(%?)$/;

/**
 * A cell formatted as a percentage holds a fraction (0.45), a typed number holds the percent (45). The two
 * meet at 0 and 1: a non-integer at most 1 is taken as a fraction, an integer as a percent, so 1 stays 1 %.
 */
function fromNumber(n: number, explicitPercent: boolean): ProgressResult {
  if (!Number.isFinite(n) || n < 0) return INVALID;
  const value = !explicitPercent && n < 1 && !Number.isInteger(n) ? n * 100 : n;
  // Round away binary noise (0.455 * 100 = 45.50000000000001) without hiding real decimals.
  const clean = Math.round(value * 1e6) / 1e6;
  return clean <= 100 ? { kind: "ok", value: clean } : INVALID;
}

export function parseProgress(raw: Cell): ProgressResult {
  if (raw === null) return EMPTY;
  if (typeof raw === "number") return fromNumber(raw, false);
  if (typeof raw !== "string") return INVALID;
  const s = fold(raw);
  if (s === "") return EMPTY;
  if (NEGATIVE.test(raw)) return INVALID; // fold() drops a leading dash as decoration; here it is a minus

  const m = PERCENT_TEXT.exec(s);
  if (!m) return INVALID;
  return fromNumber(Number(m[2].replace(",", ".")), m[1] !== "" || m[3] !== "");
}
