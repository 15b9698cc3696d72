/// <reference types="google-apps-script" />
/**
 * The `Spreadsheets.batchUpdate` requests the Advanced Sheets fake models, by kind; each is applied in order to the
 * FakeSpreadsheet, so a later request sees an earlier one's effect.
 */
import { repeatCell, setDataValidation, updateCells } from "./cellRequests";
import { addChart, addConditionalFormatRule } from "./featureRequests";
import type { Batch } from "./grid";
import { addSheetRequest, deleteSheet, updateDimensionProperties, updateSheetProperties } from "./sheetRequests";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Reply = GoogleAppsScript.Sheets.Schema.Response;

type Handler = (batch: Batch, body: never) => Reply;
const HANDLERS: { [K in keyof Request]?: Handler } = {
  addSheet: addSheetRequest, deleteSheet, updateSheetProperties, updateDimensionProperties, repeatCell, updateCells, setDataValidation,
  addConditionalFormatRule, addChart,
};

/** Applies request i, naming it in any error as the API does ("Invalid requests[3].addSheet: …"). */
export function applyRequest(batch: Batch, request: Request, i: number): Reply {
  const kinds = request !== null && typeof request === "object" ? Object.keys(request) : [];
  if (kinds.length !== 1) throw new Error(`Invalid requests[${i}]: exactly one kind of request must be set.`);
  const kind = kinds[0] as keyof Request;
  const handler = Object.hasOwn(HANDLERS, kind) ? HANDLERS[kind] : undefined;
  if (!handler) throw new Error(`Invalid requests[${i}]: unsupported by the fake: ${kind}`);
  try {
    return handler(batch, (request[kind] ?? {}) as never);
  } catch (e) {
    throw new Error(`Invalid requests[${i}].${kind}: ${(e as Error).message}`);
  }
}
