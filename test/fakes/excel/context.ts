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

/** JSON size of a value, as the request or response would carry it. */
export const jsonBytes = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

export class FakeContext {
  private queue: QueuedOp[] = [];
  readonly syncs: SyncRecord[] = [];
  /** Hooks for tests: called before each sync is applied (e.g. to cancel mid-way). */
  beforeSync: ((syncNumber: number) => void) | null = null;

  constructor(readonly model: WorkbookModel) {}

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.beforeSync?.(this.syncs.length + 1);
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    if (requestBytes > PAYLOAD_LIMIT) {
      this.syncs.push({ ops: ops.length, requestBytes, responseBytes: 0 });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    let responseBytes = 0;
    try {
      for (const op of ops) responseBytes += op.run();
    } finally {
      this.syncs.push({ ops: ops.length, requestBytes, responseBytes });
    }
    if (responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    }
    await Promise.resolve();
  }
}
