/** The strict Excel fake's entry: the fake workbook, its errors and limits. */
export { FakeExcel, type FakeRequestContext, type SeedSheet } from "./fakeExcel";
export { PAYLOAD_LIMIT, type SyncRecord } from "./context";
export { MAX_READ_CELLS } from "./range";
export { FakeOfficeError } from "./errors";
export type { StoredValue, SheetModel } from "./model";
