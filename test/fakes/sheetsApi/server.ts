/**
 * A strict fake of the Google Sheets API v4 over real HTTP on 127.0.0.1: the four endpoints `sheets collect`
 * uses, the API's error bodies, a per-minute quota, request counts per spreadsheet and an injectable fault schedule.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, badRequest, notFound, quotaBody, serverErrorBody } from "./errors";
import { FaultSchedule, type Fault, type Operation } from "./faults";
import { batchUpdate, getSpreadsheet } from "./spreadsheets";
import { FakeStore } from "./store";
import { batchGet, batchUpdateValues } from "./values";

export interface FakeSheetsOptions {
  /** Requests allowed per quota window, all spreadsheets together (the per-user quota); default 60. */
  readonly quotaPerWindow?: number;
  /** The quota window in ms; default 60 000 (tests and the bench compress time). */
  readonly windowMs?: number;
  readonly faults?: FaultSchedule;
}

const ROUTE = /^\/v4\/spreadsheets\/([A-Za-z0-9_-]+)(\/values:batchGet|\/values:batchUpdate|:batchUpdate)?$/;
const OPS: Record<string, { op: Operation; method: string }> = {
  "": { op: "get", method: "GET" },
  "/values:batchGet": { op: "batchGet", method: "GET" },
  "/values:batchUpdate": { op: "valuesBatchUpdate", method: "POST" },
  ":batchUpdate": { op: "batchUpdate", method: "POST" },
};
const MAX_BODY = 2 * 1024 * 1024;

export class FakeSheetsApi {
  readonly store = new FakeStore();
  readonly faults: FaultSchedule;
  /** HTTP requests received per spreadsheet, faulted ones included. */
  readonly requests = new Map<string, number>();
  /** Requests refused by the quota. */
  quotaRefusals = 0;
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly timers = new Set<NodeJS.Timeout>();
  private window = { start: Date.now(), used: 0 };
  private readonly quota: number;
  private readonly windowMs: number;

  constructor(opts: FakeSheetsOptions = {}) {
    this.quota = opts.quotaPerWindow ?? 60;
    this.windowMs = opts.windowMs ?? 60_000;
    this.faults = opts.faults ?? new FaultSchedule();
  }

  /** Listens on 127.0.0.1 on a random port and returns the rootUrl to give the client. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  totalRequests(): number {
    return [...this.requests.values()].reduce((a, b) => a + b, 0);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const m = ROUTE.exec(url.pathname);
    const route = m ? OPS[m[2] ?? ""] : undefined;
    if (!m || !route || req.method !== route.method) return send(res, 404, { error: { code: 404, message: `Unknown route ${req.method} ${url.pathname}`, status: "NOT_FOUND" } });
    const id = m[1]!;
    this.requests.set(id, (this.requests.get(id) ?? 0) + 1);
    const body = await readBody(req);
    if (!this.withinQuota()) {
      this.quotaRefusals++;
      return send(res, 429, quotaBody());
    }
    const faults = this.faults.next(id, route.op);
    const status = faults.find((f): f is Extract<Fault, { type: "status" }> => f.type === "status");
    if (status) return send(res, status.status, status.status === 429 ? quotaBody() : serverErrorBody());
    const drop = faults.find((f): f is Extract<Fault, { type: "drop" }> => f.type === "drop");
    if (drop && !drop.applied) return void req.socket.destroy();
    const [code, payload] = this.answer(id, route.op, url.searchParams, body);
    if (drop) return void req.socket.destroy();
    const slow = faults.find((f): f is Extract<Fault, { type: "slow" }> => f.type === "slow");
    const edits = faults.filter((f): f is Extract<Fault, { type: "edit" }> => f.type === "edit");
    const finish = (): void => {
      send(res, code, payload);
      for (const e of edits) this.store.setCell(id, e.sheet, e.row, e.col, e.value);
    };
    if (!slow) return finish();
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!res.destroyed) finish();
    }, slow.ms);
    this.timers.add(t);
  }

  private withinQuota(): boolean {
    const now = Date.now();
    if (now - this.window.start >= this.windowMs) this.window = { start: now, used: 0 };
    return ++this.window.used <= this.quota;
  }

  private answer(id: string, op: Operation, query: URLSearchParams, raw: string): [number, unknown] {
    try {
      const book = this.store.get(id);
      if (!book) throw notFound();
      const body = op === "valuesBatchUpdate" || op === "batchUpdate" ? parseJson(raw) : {};
      if (op === "get") return [200, getSpreadsheet(book, query)];
      if (op === "batchGet") return [200, batchGet(book, query)];
      if (op === "valuesBatchUpdate") return [200, batchUpdateValues(book, body)];
      return [200, batchUpdate(this.store, book, body)];
    } catch (e) {
      if (e instanceof ApiError) return [e.code, e.body()];
      throw e;
    }
  }
}

function parseJson(raw: string): Record<string, unknown> {
  if (raw.length > MAX_BODY) throw badRequest("Request payload size exceeds the limit: 2097152 bytes.");
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through to the API's own wording
  }
  throw badRequest("Invalid JSON payload received.");
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  res.end(JSON.stringify(body));
}
