import type { Severity } from "../model/codes";

export type IssueCounts = Readonly<Record<Severity, number>>;

export function issueCounts(issues: readonly { readonly severity: Severity }[]): IssueCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
