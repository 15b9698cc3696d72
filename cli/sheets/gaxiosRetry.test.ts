/** What googleapis/gaxios does on its own with a 429, checked against the fake: the reason the guard retries itself. */
import { sheets } from "@googleapis/sheets";
import { FakeSheetsApi } from "../../test/fakes/sheetsApi/server";

let api: FakeSheetsApi;
let rootUrl: string;
beforeEach(async () => {
  api = new FakeSheetsApi();
  rootUrl = await api.start();
  api.store.seed("book", "Book", [{ title: "Data", rows: [["a"]] }]);
  api.faults.add({ times: 1, fault: { type: "status", status: 429 } });
});
afterEach(async () => api.stop());

const write = { spreadsheetId: "book", requestBody: { valueInputOption: "RAW", data: [{ range: "Data!A1", values: [["b"]] }] } };
const fetchImplementation = globalThis.fetch;

describe("googleapis retries (gaxios)", () => {
  it("by default retries a GET after a 429", async () => {
    const res = await sheets({ version: "v4", rootUrl }).spreadsheets.get({ spreadsheetId: "book" }, { fetchImplementation });
    expect(res.status).toBe(200);
    expect(api.requests.get("book")).toBe(2);
  });

  it("by default does NOT retry a POST values.batchUpdate after a 429", async () => {
    await expect(sheets({ version: "v4", rootUrl }).spreadsheets.values.batchUpdate(write, { fetchImplementation })).rejects.toMatchObject({ status: 429 });
    expect(api.requests.get("book")).toBe(1);
    expect(api.store.values("book", "Data")).toEqual([["a"]]);
  });

  it("retries the POST once httpMethodsToRetry includes it", async () => {
    const retryConfig = { retry: 3, httpMethodsToRetry: ["GET", "PUT", "POST", "DELETE"], statusCodesToRetry: [[429, 429], [500, 599]], retryDelay: 10 };
    await sheets({ version: "v4", rootUrl }).spreadsheets.values.batchUpdate(write, { fetchImplementation, retryConfig });
    expect(api.requests.get("book")).toBe(2);
    expect(api.store.values("book", "Data")).toEqual([["b"]]);
  });
});
