/// <reference types="google-apps-script" />
/**
 * Progress of a plan being applied, kept in the document's properties so that a run stopped before Apps Script's
 * 6-minute limit can be continued by the next one. A checkpoint names the plan it belongs to by a fingerprint:
 * a different plan starts over (after removing the stale temporary sheets).
 */

const KEY = "nmirf.apply";

export interface Checkpoint {
  readonly fingerprint: string;
  /** Temporary sheet names, one per planned sheet. */
  readonly temp: readonly string[];
  /** Steps finished (sheet creations, value blocks, features). */
  readonly done: number;
  /** Whatever the caller needs to rebuild the same plan (e.g. the source sheet and the timestamp). */
  readonly context: Readonly<Record<string, string>>;
}

export function loadCheckpoint(props: GoogleAppsScript.Properties.Properties): Checkpoint | null {
  const raw = props.getProperty(KEY);
  if (raw === null) return null;
  const parsed = JSON.parse(raw) as Partial<Checkpoint>;
  const valid = typeof parsed.fingerprint === "string" && Array.isArray(parsed.temp) && typeof parsed.done === "number";
  return valid ? ({ context: {}, ...parsed } as Checkpoint) : null;
}

export function saveCheckpoint(props: GoogleAppsScript.Properties.Properties, checkpoint: Checkpoint): void {
  props.setProperty(KEY, JSON.stringify(checkpoint));
}

export function clearCheckpoint(props: GoogleAppsScript.Properties.Properties): void {
  props.deleteProperty(KEY);
}
