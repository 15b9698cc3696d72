/**
 * The enum values the fake accepts, spelled as Word's (conformance.ts checks each is a real value). Like Word, the
 * fake answers a value outside them with InvalidArgument at sync; for a real value it does not model, the message
 * says so instead of letting it pass.
 */
import { invalidArgument } from "../excel/errors";

export const MODELLED_STYLES = ["Normal", "Heading1", "Heading2", "Heading3", "ListParagraph", "TableGrid", "GridTable1Light", "GridTable4_Accent1"] as const;
export type ModelledStyle = (typeof MODELLED_STYLES)[number];

/** Settable alignments; Word reads "Mixed" or "Unknown" but refuses them as input. */
export const MODELLED_ALIGNMENTS = ["Left", "Centered", "Right", "Justified"] as const;
export type ModelledAlignment = (typeof MODELLED_ALIGNMENTS)[number];

export const MODELLED_APPEARANCES = ["BoundingBox", "Tags", "Hidden"] as const;
export type ModelledAppearance = (typeof MODELLED_APPEARANCES)[number];

export const MODELLED_BULLETS = ["Solid", "Hollow", "Square"] as const;

/** Word.InsertLocation values, as each method accepts a subset of them. */
export type InsertLocationName = "Before" | "After" | "Start" | "End" | "Replace";

export function enumValue<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(`"${value}" is not a ${what} value the fake models (${allowed.join(", ")}).`);
}

export function location<T extends InsertLocationName>(allowed: readonly T[], value: string): T {
  return enumValue(allowed, value, "valid insertLocation");
}
