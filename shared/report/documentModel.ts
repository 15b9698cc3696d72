/**
 * The document model every report template builds and every host renders (docx in the CLI, content controls in
 * Word): plain data, so it survives JSON and can be compared in tests.
 */
import type { Lang } from "../model/codes";

/** A stretch of text. A placeholder stands where data is missing: hosts show it visibly (italic, highlighted). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly placeholder?: boolean;
}

export type HeadingLevel = 1 | 2 | 3;

export type Block =
  | { readonly kind: "heading"; readonly level: HeadingLevel; readonly runs: readonly Run[] }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "bullets"; readonly items: readonly (readonly Run[])[] }
  /** A header row of labels, then rows of cells, each cell a list of runs. */
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly (readonly Run[])[])[] };

/** One refreshable part of a document: found again by its tag (see sectionTag.ts), shown by its title. */
export interface Section {
  readonly tag: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface DocumentModel {
  readonly lang: Lang;
  readonly dir: "rtl" | "ltr";
  readonly sections: readonly Section[];
}

export const text = (value: string): Run => ({ text: value });
export const bold = (value: string): Run => ({ text: value, bold: true });
export const italic = (value: string): Run => ({ text: value, italic: true });
/** Missing data, shown as such: never an empty line. */
export const placeholder = (value: string): Run => ({ text: value, italic: true, placeholder: true });

export const heading = (level: HeadingLevel, value: string): Block => ({ kind: "heading", level, runs: [text(value)] });
export const paragraph = (...runs: Run[]): Block => ({ kind: "paragraph", runs });
