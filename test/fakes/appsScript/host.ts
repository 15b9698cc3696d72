/** The fake's bookkeeping: counted service calls, a virtual clock charged per call, and the execution time limit. */

/** Apps Script stops an execution after 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** What a script may call in AuthMode.NONE (an add-on's onOpen before it is used in the file): menus and the locale. */
const ALLOWED_WITHOUT_AUTH = ["Ui.", "Builder.", "Session.getActiveUserLocale"];

export class FakeHost {
  readonly calls = new Map<string, number>();
  /** Virtual milliseconds since the epoch; starts at 2026-11-22T09:00:00Z. */
  clockMs = Date.UTC(2026, 10, 22, 9, 0, 0);
  /** What each service call and each cell it moves costs on the virtual clock. */
  msPerCall = 20;
  msPerCell = 0.002;
  executionStartedAt = this.clockMs;
  /** When false, document calls throw like a script running in AuthMode.NONE. */
  documentAccess = true;
  /** The user running the script, as Session and protections see them ("" where the domain withholds it). */
  user = "secretariat@example.org";
  /** The largest request body the Advanced Sheets fake was sent, in UTF-8 bytes of its JSON (the API refuses over 10 MB). */
  largestRequestBytes = 0;

  /** Counts a call, charges the clock for a service call, and stops the "execution" like Apps Script once past its limit. */
  call(name: string, cells = 0): void {
    if (this.clockMs - this.executionStartedAt > EXECUTION_LIMIT_MS) throw new Error("Exceeded maximum execution time");
    if (!this.documentAccess && !ALLOWED_WITHOUT_AUTH.some((prefix) => name.startsWith(prefix))) {
      throw new Error("You do not have permission to call " + name + ". Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly");
    }
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    // A builder call runs locally in Apps Script, with no round trip to charge.
    if (!name.startsWith("Builder.")) this.clockMs += this.msPerCall + cells * this.msPerCell;
  }

  /** A new execution: the time limit counts from now (the clock keeps running). */
  beginExecution(): void {
    this.executionStartedAt = this.clockMs;
  }

  count(name: string): number {
    return this.calls.get(name) ?? 0;
  }

  /** Service calls, leaving out local builder calls (which Apps Script runs without a round trip). */
  get total(): number {
    let n = 0;
    for (const [name, c] of this.calls) if (!name.startsWith("Builder.")) n += c;
    return n;
  }

  resetCounts(): void {
    this.calls.clear();
  }
}
