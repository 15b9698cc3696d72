/** A tracker split by institution, as the command line and the panes both do it: each pack's plan, file name and counts. */
import type { Recommendation } from "../model/tracker";
import { packFileName } from "./packFileName";
import type { PackPlan } from "./packPlan";
import { packActivities, planPack, type PackOptions } from "./planPack";
import { institutionsOf, recordsOf } from "./selectRecords";

export interface PlannedPack {
  readonly file: string;
  readonly institution: string;
  readonly recommendations: number;
  readonly activities: number;
  readonly plan: PackPlan;
}

/** One pack per institution the records name, in institutionsOf's order; none when they name no institution. */
export function planPacks(records: readonly Recommendation[], opts: PackOptions): PlannedPack[] {
  const taken = new Set<string>();
  return institutionsOf(records).map((institution) => {
    const recs = recordsOf(records, institution);
    const plan = planPack(records, institution, opts);
    return { file: packFileName(institution, taken), institution, recommendations: recs.length, activities: packActivities(recs, institution).length, plan };
  });
}
