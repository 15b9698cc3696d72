/** The strict fake of Apps Script's SpreadsheetApp, LockService, PropertiesService, Session, HtmlService and the Advanced Sheets service. */
export { FakeAppsScript, FakeLock, FakeProperties, PROPERTY_VALUE_LIMIT, type SeedSheet } from "./services";
export { FakeHost, EXECUTION_LIMIT_MS } from "./host";
export { FakeSheet } from "./sheet";
export { FakeRange } from "./range";
export { dateToSerial, serialToDate, MAX_CELL_CHARS } from "./cells";
export { FakeProtection } from "./protections";
export { FakeScriptApp, type FakeTrigger } from "./triggers";
export type { FakeChart } from "./charts";
export { advancedSheetsService, SHEETS_PAYLOAD_LIMIT_BYTES, type FakeAdvancedSheets } from "./advancedSheets/service";
