/**
 * When each recommendation was last reported on, from the tracker's change log: its latest logged change, else the
 * first import (the day it entered the tracker). Placeholders then say "No information … since {date}".
 */
import type { LogEntry } from "../model/log";

export type LastReported = (recordId: string) => string | null;

export function lastReportedFrom(log: readonly LogEntry[]): LastReported {
  const latest = new Map<string, string>();
  let firstImport: string | null = null;
  for (const entry of log) {
    const day = entry.at.slice(0, 10);
    if (entry.recordId === null) {
      if (entry.action === "import" && (firstImport === null || day < firstImport)) firstImport = day;
      continue;
    }
    const seen = latest.get(entry.recordId);
    if (seen === undefined || day > seen) latest.set(entry.recordId, day);
  }
  return (recordId) => latest.get(recordId) ?? firstImport;
}

export const neverReported: LastReported = () => null;
