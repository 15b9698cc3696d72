import os from "node:os";
import { seedInstitutions, seedTracker, TRACKER_ID } from "../../test/fakes/sheetsApi/institutions";
import { FakeSheetsApi } from "../../test/fakes/sheetsApi/server";
import type { Io } from "../io/console";
import { main } from "../main";

let api: FakeSheetsApi;
let rootUrl: string;
beforeEach(async () => {
  api = new FakeSheetsApi();
  rootUrl = await api.start();
});
afterEach(async () => api.stop());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false, cwd: os.tmpdir(), now: () => "2026-03-01T09:00:00.000Z", env: {} };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("nmirf sheets collect", () => {
  it("collects through the real parser and prints a per-institution report with request counts", async () => {
    const ids = seedInstitutions(api, 2, 2);
    seedTracker(api);
    const { code, out, err } = await run(["sheets", "collect", "--tracker", TRACKER_ID, "--from", ...ids, "--write-back", "--root-url", rootUrl]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/Ministry 0: 2 recommendations read, 2 new and 0 changed in the tracker, 1 problems/);
    expect(out).toMatch(/Tracker National tracker: 4 new, 0 changed, 0 unchanged/);
    expect(out).toMatch(/Problems written back to 2 institution sheets/);
    expect(out).toMatch(/API requests: 8 \(8 with retries\); tracker 2, at most 3 per institution sheet/);
    const again = await run(["sheets", "collect", "--tracker", TRACKER_ID, "--from", ...ids, "--root-url", rootUrl, "--lang", "fr"]);
    expect(again.out).toMatch(/Suivi National tracker : 0 nouvelles, 0 modifiées, 4 inchangées ; 0 cellules écrites/);
  });

  it("says which spreadsheet is missing or not shared, in one line, exit code 2", async () => {
    seedTracker(api);
    const { code, err, out } = await run(["sheets", "collect", "--tracker", TRACKER_ID, "--from", "nope", "--root-url", rootUrl]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toEqual(["Spreadsheet nope was not found or is not shared with this account: share it with the service account's email (see docs/sheets.md)."]);
    expect(out).toBe("");
  });

  it("explains missing credentials instead of failing on a missing key file", async () => {
    seedTracker(api);
    const { code, err } = await run(["sheets", "collect", "--tracker", TRACKER_ID, "--from", "x", "--key-file", "/nonexistent/nmirf-key.json", "--root-url", rootUrl]);
    expect(code).toBe(2);
    expect(err).toMatch(/^No usable Google credentials .*--key-file/);
    expect(api.totalRequests()).toBe(0);
  });

  it("requires --tracker and --from", async () => {
    expect((await run(["sheets", "collect", "--tracker", TRACKER_ID])).code).toBe(2);
    expect((await run(["sheets", "collect", "--from", "a"])).code).toBe(2);
  });
});
