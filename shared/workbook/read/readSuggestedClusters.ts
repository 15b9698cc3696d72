/** The cluster each recommendation was suggested last time, read from the tracker so the next run keeps cluster IDs. */
import { cellText } from "../../grid/cellText";
import type { Grid } from "../../grid/grid";
import { clusterIdOf, SUGGESTED_CLUSTER_KEY } from "../analysisCells";

export function readSuggestedClusters(grid: Grid | undefined, keys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const idCol = keys.indexOf("id");
  const clusterCol = keys.indexOf(SUGGESTED_CLUSTER_KEY);
  if (!grid || idCol < 0 || clusterCol < 0) return out;
  for (const cells of grid.rows.slice(1)) {
    const id = cellText(cells[idCol] ?? null);
    const cluster = clusterIdOf(cellText(cells[clusterCol] ?? null));
    if (id !== "" && cluster !== null) out.set(id, cluster);
  }
  return out;
}
