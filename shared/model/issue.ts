/** A problem found in the user's data, located down to the cell, with a suggestion where one exists. */
import { z } from "zod";
import { Severity } from "./codes";

export const Issue = z.object({
  severity: Severity,
  /** A stable machine code ("status.unknown"); also the message catalog key. */
  code: z.string(),
  /** Values the message interpolates. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  file: z.string(),
  sheet: z.string().nullable(),
  /** A1 address, or null when the problem is not tied to one cell. */
  cell: z.string().nullable(),
  /** 1-based row, or null. */
  row: z.number().int().positive().nullable(),
  /** The record and canonical field concerned, so hosts can point at the tracker's own cell too. */
  recordId: z.string().nullable(),
  field: z.string().nullable(),
  /** What the value should probably be (a canonical code or corrected text), or null. */
  suggestion: z.string().nullable(),
});
export type Issue = z.infer<typeof Issue>;

/** An issue with its message rendered in the user's language. */
export type LocatedIssue = Issue & { readonly message: string };
