/** The fault schedule a test injects: which requests fail, stall, drop, or are followed by someone else's edit. */
import type { FakeValue } from "./store";

export type Operation = "get" | "batchGet" | "valuesBatchUpdate" | "batchUpdate";

export type Fault =
  | { readonly type: "status"; readonly status: 429 | 500 | 502 | 503 }
  /** Answers after `ms`; the request itself is applied at once, as a slow real server would. */
  | { readonly type: "slow"; readonly ms: number }
  /** Destroys the socket without an answer, before or after applying the request. */
  | { readonly type: "drop"; readonly applied: boolean }
  /** Another user edits a cell right after this request was answered (the "concurrent edit"). */
  | { readonly type: "edit"; readonly sheet: string; readonly row: number; readonly col: number; readonly value: FakeValue };

export interface FaultRule {
  readonly spreadsheetId?: string;
  readonly op?: Operation;
  /** Matching requests to let through before the fault starts (default 0). */
  readonly skip?: number;
  /** How many matching requests in a row get it (default 1). */
  readonly times?: number;
  readonly fault: Fault;
}

/** Hands out the faults of the schedule in order; each rule is consumed by the requests it matches. */
export class FaultSchedule {
  private readonly rules: { rule: FaultRule; seen: number; fired: number }[];

  constructor(rules: readonly FaultRule[] = []) {
    this.rules = rules.map((rule) => ({ rule, seen: 0, fired: 0 }));
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule, seen: 0, fired: 0 });
  }

  /** The faults for this request (several rules may match: e.g. a slow answer then an edit). */
  next(spreadsheetId: string, op: Operation): Fault[] {
    const out: Fault[] = [];
    for (const r of this.rules) {
      if ((r.rule.spreadsheetId ?? spreadsheetId) !== spreadsheetId || (r.rule.op ?? op) !== op) continue;
      r.seen++;
      if (r.seen > (r.rule.skip ?? 0) && r.fired < (r.rule.times ?? 1)) {
        r.fired++;
        out.push(r.rule.fault);
      }
    }
    return out;
  }

  /** How many of each fault type were actually injected. */
  fired(): Record<Fault["type"], number> {
    const counts = { status: 0, slow: 0, drop: 0, edit: 0 };
    for (const r of this.rules) counts[r.rule.fault.type] += r.fired;
    return counts;
  }
}
