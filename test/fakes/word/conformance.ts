/// <reference types="office-js" />
/**
 * Compile-time check that the fake's proxies match @types/office-js where they model it: property names and types,
 * the argument lists the adapter calls, and every modelled enum value being a real one. A rename, a wrong type or a
 * misspelled value in the fake fails `npm run typecheck`.
 */
import type { FakeContentControl, FakeTable } from "./contentControl";
import type { MODELLED_ALIGNMENTS, MODELLED_APPEARANCES, MODELLED_BULLETS, MODELLED_STYLES } from "./enums";
import type { FakeFont, FakeList, FakeParagraph } from "./paragraph";

// Wrapped in a tuple so a union is checked whole, not member by member.
type Same<Fake, Real> = [Fake] extends [Real] ? true : false;
type Params<Fake extends (...args: never[]) => unknown, Real extends (...args: never[]) => unknown> = Same<Parameters<Fake>, Parameters<Real>>;

type ParagraphScalars = "text" | "isListItem" | "tableNestingLevel" | "isNullObject";
type ControlScalars = "id" | "tag" | "title" | "cannotDelete" | "cannotEdit" | "isNullObject";

export const conformance: [
  Same<Pick<FakeParagraph, ParagraphScalars>, Pick<Word.Paragraph, ParagraphScalars>>,
  Same<Pick<FakeContentControl, ControlScalars>, Pick<Word.ContentControl, ControlScalars>>,
  Same<Pick<FakeTable, "values" | "headerRowCount" | "rowCount">, Pick<Word.Table, "values" | "headerRowCount" | "rowCount">>,
  Same<Pick<FakeFont, "bold" | "italic" | "highlightColor">, Pick<Word.Font, "bold" | "italic" | "highlightColor">>,
  Same<Pick<FakeList, "id">, Pick<Word.List, "id">>,
  Same<(typeof MODELLED_STYLES)[number], `${Word.BuiltInStyleName}`>,
  Same<(typeof MODELLED_ALIGNMENTS)[number], `${Word.Alignment}`>,
  Same<(typeof MODELLED_APPEARANCES)[number], `${Word.ContentControlAppearance}`>,
  Same<(typeof MODELLED_BULLETS)[number], `${Word.ListBullet}`>,
  Params<FakeParagraph["insertParagraph"], Word.Paragraph["insertParagraph"]>,
  Params<FakeParagraph["insertText"], Word.Paragraph["insertText"]>,
  Params<FakeContentControl["insertParagraph"], Word.ContentControl["insertParagraph"]>,
  Params<FakeContentControl["insertTable"], Word.ContentControl["insertTable"]>,
  Params<FakeContentControl["insertOoxml"], Word.ContentControl["insertOoxml"]>,
  Params<FakeContentControl["delete"], Word.ContentControl["delete"]>,
  Params<FakeList["insertParagraph"], Word.List["insertParagraph"]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
