/** The fake RequestContext: queues every proxy operation, applies the queue at `sync()`, counts syncs and payloads. */
import { FakeOfficeError } from "./errors";
import type { WorkbookModel } from "./model";

/** Excel on the web rejects a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface QueuedOp {
  /** Estimated request bytes: the JSON of the arguments and a fixed cost for the object path. */
  readonly bytes: number;
  /** Applies the operation; returns the response bytes it produced (loaded values). */
  readonly run: () => number;
}

export interface SyncRecord {
  readonly ops: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** What Excel's `worksheets.onChanged` hands a handler (ExcelApi 1.9; triggerSource 1.14). */
export interface FakeChangedEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  /** The changed cells on that sheet, without the sheet name ("B3:D5"). */
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  /** "ThisLocalAddin" for a change made through the API by this add-in, "Unknown" for a person's edit. */
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export type ChangeHandler = (event: FakeChangedEvent) => Promise<unknown>;

/** JSON size of a value, as the request or response would carry it. */
export const jsonBytes = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

export class FakeContext {
  private queue: QueuedOp[] = [];
  readonly syncs: SyncRecord[] = [];
  /** Hooks for tests: called before each sync is applied (e.g. to cancel mid-way). */
  beforeSync: ((syncNumber: number) => void) | null = null;
  /**
   * The round trip to the host, for the browser fake: awaited before the host applies the queue and again before
   * the answer is read, as Office.js awaits Excel's reply in a later task. Null in Node tests: applied at once.
   */
  roundTrip: (() => Promise<void>) | null = null;
  /** Hears the host's own time on each sync (Excel's work, done in its own process, not the page's). */
  onHostWork: ((start: number, end: number) => void) | null = null;

  /** Handlers registered on `worksheets.onChanged`: they outlive the Excel.run that added them, as in Excel. */
  readonly changeHandlers = new Set<ChangeHandler>();
  /** Handlers registered on `worksheets.onCalculated`: kept, never called, since the fake stores formulas without calculating them. */
  readonly calculatedHandlers = new Set<unknown>();
  private changes: FakeChangedEvent[] = [];

  constructor(readonly model: WorkbookModel) {}

  /** Records a change applied by the queue; the handlers hear of it once the sync that made it is done. */
  changed(event: FakeChangedEvent): void {
    this.changes.push(event);
  }

  /** Delivers the recorded changes. A handler's failure stays in the handler, as Excel does not report it to the writer. */
  fireChanges(): void {
    const changes = this.changes;
    this.changes = [];
    for (const change of changes) for (const handler of this.changeHandlers) void handler(change).catch(() => undefined);
  }

  /** What Excel.run does when its batch throws: the operations queued since the last sync are never sent. */
  discard(): void {
    this.queue = [];
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    // Office.js sends nothing when nothing is queued (ClientRequestContext.syncPrivate: `if (!req.hasActions)`),
    // so an empty sync, such as Excel.run's closing one after a batch that synced its work, is no round trip.
    if (ops.length === 0) return;
    this.beforeSync?.(this.syncs.length + 1);
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    if (requestBytes > PAYLOAD_LIMIT) {
      this.syncs.push({ ops: ops.length, requestBytes, responseBytes: 0 });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    if (this.roundTrip) await this.roundTrip();
    let responseBytes = 0;
    const start = performance.now();
    try {
      for (const op of ops) responseBytes += op.run();
    } finally {
      this.onHostWork?.(start, performance.now());
      this.syncs.push({ ops: ops.length, requestBytes, responseBytes });
      // what ran before a failing operation stays applied, so its changes are reported too
      this.fireChanges();
    }
    if (this.roundTrip) await this.roundTrip();
    if (responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    await Promise.resolve();
  }
}
