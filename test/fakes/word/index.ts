/** The strict Word fake's entry: the fake document, its errors and its inspection views. */
export { FakeWord, type FakeWordContext, type OutlineItem } from "./fakeWord";
export { MAX_CONTROL_TEXT } from "./contentControl";
export { FakeOfficeError } from "../excel/errors";
export type { ControlModel, ParagraphModel, TableModel } from "./model";
