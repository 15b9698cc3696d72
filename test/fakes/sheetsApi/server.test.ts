import { FaultSchedule } from "./faults";
import { FakeSheetsApi } from "./server";

let api: FakeSheetsApi;
let root: string;
afterEach(async () => api.stop());

async function start(opts: ConstructorParameters<typeof FakeSheetsApi>[0] = {}): Promise<void> {
  api = new FakeSheetsApi(opts);
  root = await api.start();
  api.store.seed("book", "Book", [{ title: "Data", rows: [["a", 1, true], ["b"]] }, { title: "It's", rows: [["x"]] }]);
}

/** Loosely typed JSON answers: the tests check the API's shapes themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point of these tests is to inspect untyped API JSON
type Json = Record<string, any>;

const get = (path: string) => fetch(root + path).then(async (r) => ({ status: r.status, body: (await r.json()) as Json }));
const post = (path: string, body: unknown) =>
  fetch(root + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as Json }));

describe("fake Sheets API", () => {
  it("listens on 127.0.0.1 only", async () => {
    await start();
    expect(new URL(root).hostname).toBe("127.0.0.1");
  });

  it("answers spreadsheets.get with sheet properties, and grid data when asked", async () => {
    await start();
    const meta = await get("v4/spreadsheets/book");
    expect(meta.body.sheets.map((s: Json) => s.properties.title)).toEqual(["Data", "It's"]);
    expect(meta.body.sheets[0].data).toBeUndefined();
    const full = await get("v4/spreadsheets/book?includeGridData=true");
    expect(full.body.sheets[0].data[0].rowData[0].values[1].effectiveValue).toEqual({ numberValue: 1 });
  });

  it("reads ranges formatted or unformatted, quoted names included", async () => {
    await start();
    const r = await get(`v4/spreadsheets/book/values:batchGet?ranges=${encodeURIComponent("'Data'!A1:C2")}&ranges=${encodeURIComponent("'It''s'")}`);
    expect(r.body.valueRanges[0].values).toEqual([["a", "1", "TRUE"], ["b"]]);
    expect(r.body.valueRanges[1].values).toEqual([["x"]]);
    const raw = await get(`v4/spreadsheets/book/values:batchGet?ranges=Data&valueRenderOption=UNFORMATTED_VALUE`);
    expect(raw.body.valueRanges[0].values[0]).toEqual(["a", 1, true]);
  });

  it.each([
    ["an unknown sheet", "v4/spreadsheets/book/values:batchGet?ranges=Nope!A1", 400, "INVALID_ARGUMENT"],
    ["a malformed range", "v4/spreadsheets/book/values:batchGet?ranges=Data!1A", 400, "INVALID_ARGUMENT"],
    ["no range", "v4/spreadsheets/book/values:batchGet", 400, "INVALID_ARGUMENT"],
    ["an unknown spreadsheet", "v4/spreadsheets/nope", 404, "NOT_FOUND"],
  ])("refuses %s with the API's error body", async (_what, path, code, status) => {
    await start();
    const r = await get(path);
    expect(r.status).toBe(code);
    expect(r.body.error).toMatchObject({ code, status });
  });

  it("writes values: null leaves a cell, \"\" empties it, and valueInputOption is required", async () => {
    await start();
    expect((await post("v4/spreadsheets/book/values:batchUpdate", { data: [{ range: "Data!A1", values: [["z"]] }] })).status).toBe(400);
    const r = await post("v4/spreadsheets/book/values:batchUpdate", { valueInputOption: "RAW", data: [{ range: "Data!A1:C1", values: [[null, "", "=1+1"]] }] });
    expect(r.body.totalUpdatedCells).toBe(2);
    expect(api.store.values("book", "Data")).toEqual([["a", "", "=1+1"], ["b"]]);
  });

  it("applies a spreadsheets.batchUpdate all or nothing", async () => {
    await start();
    const bad = await post("v4/spreadsheets/book:batchUpdate", {
      requests: [{ addSheet: { properties: { sheetId: 7, title: "New" } } }, { updateCells: { start: { sheetId: 99 }, rows: [], fields: "userEnteredValue" } }],
    });
    expect(bad.status).toBe(400);
    expect(api.store.get("book")!.sheets.map((s) => s.title)).toEqual(["Data", "It's"]);
    const ok = await post("v4/spreadsheets/book:batchUpdate", {
      requests: [{ addSheet: { properties: { sheetId: 7, title: "New" } } }, { updateCells: { start: { sheetId: 7, rowIndex: 1, columnIndex: 1 }, rows: [{ values: [{ userEnteredValue: { stringValue: "hi" } }] }], fields: "userEnteredValue" } }],
    });
    expect(ok.body.replies[0].addSheet.properties.sheetId).toBe(7);
    expect(api.store.values("book", "New")).toEqual([[], ["", "hi"]]);
    const again = await post("v4/spreadsheets/book:batchUpdate", { requests: [{ addSheet: { properties: { title: "New" } } }] });
    expect(again.body.error.message).toMatch(/already exists/);
  });

  it("enforces the per-minute quota with a 429 RESOURCE_EXHAUSTED body, and counts requests per spreadsheet", async () => {
    await start({ quotaPerWindow: 2, windowMs: 60_000 });
    await get("v4/spreadsheets/book");
    await get("v4/spreadsheets/book");
    const r = await get("v4/spreadsheets/book");
    expect(r.status).toBe(429);
    expect(r.body.error.status).toBe("RESOURCE_EXHAUSTED");
    expect(api.requests.get("book")).toBe(3);
    expect(api.quotaRefusals).toBe(1);
  });

  it("injects scheduled faults: status bursts, drops, slow answers and a concurrent edit", async () => {
    const faults = new FaultSchedule([
      { op: "get", times: 2, fault: { type: "status", status: 429 } },
      { op: "get", skip: 2, fault: { type: "drop", applied: false } },
      { op: "batchGet", fault: { type: "slow", ms: 150 } },
      { op: "batchGet", fault: { type: "edit", sheet: "Data", row: 0, col: 0, value: "edited" } },
    ]);
    await start({ faults });
    expect((await get("v4/spreadsheets/book")).status).toBe(429);
    expect((await get("v4/spreadsheets/book")).status).toBe(429);
    await expect(get("v4/spreadsheets/book")).rejects.toThrow();
    expect((await get("v4/spreadsheets/book")).status).toBe(200);
    const t0 = Date.now();
    const r = await get("v4/spreadsheets/book/values:batchGet?ranges=Data!A1");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(r.body.valueRanges[0].values).toEqual([["a"]]);
    expect(api.store.values("book", "Data")[0]![0]).toBe("edited");
    expect(faults.fired()).toEqual({ status: 2, slow: 1, drop: 1, edit: 1 });
  });
});
