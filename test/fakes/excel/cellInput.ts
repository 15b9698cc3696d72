/** How Excel stores a value assigned through `range.values`: like typed input, unless the cell is formatted as text ("@"). */
import type { StoredValue } from "./model";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function storedValue(input: unknown, numberFormat: string | undefined): StoredValue | undefined {
  if (typeof input === "number" || typeof input === "boolean") return numberFormat === "@" ? String(input).toUpperCase() : input;
  if (typeof input !== "string") throw new TypeError(`unsupported cell input ${JSON.stringify(input)}`);
  if (input === "") return undefined;
  if (numberFormat === "@") return input;
  if (input.startsWith("'")) return input.slice(1);
  if (NUMBER.test(input.trim())) return Number(input);
  if (/^(true|false)$/i.test(input)) return input.toUpperCase() === "TRUE";
  if (/^[=+-]./s.test(input)) return { formula: input.startsWith("=") ? input : `=${input}` };
  return input;
}

/** What `values` returns: the fake does not calculate, so every formula reads as #NAME? (what most text-as-formula gives). */
export function readValue(v: StoredValue | undefined): string | number | boolean {
  if (v === undefined) return "";
  if (typeof v === "object") return "error" in v ? v.error : "#NAME?";
  return v;
}

export function valueType(v: StoredValue | undefined): string {
  if (v === undefined) return "Empty";
  if (typeof v === "object") return "Error";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

export const readFormula = (v: StoredValue | undefined): string | number | boolean =>
  typeof v === "object" && "formula" in v ? v.formula : readValue(v);
