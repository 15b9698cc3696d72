/** `npm run train:analyze`: trains the analyzer on all of ../shared/data and writes shared/analyze/model/analyzeModel.json. */
import fs from "node:fs";
import path from "node:path";
import { fitAnalyzeModel } from "../shared/analyze/fit";
import { DATA, readMatrices, readUpr } from "./analyzeData";

const OUT = path.resolve(__dirname, "..", "..", "shared", "analyze", "model", "analyzeModel.json");

function main(): void {
  if (!fs.existsSync(DATA)) throw new Error(`${DATA} is absent: the model is trained from ../shared/data.`);
  const upr = readUpr().filter((r) => r.issues.length > 0);
  const matrices = readMatrices();
  const themed = matrices.filter((r) => r.themes.length > 0);
  const sdg = matrices.filter((r) => r.sdgGoals.length > 0);
  const grouped = matrices.filter((r) => r.affectedPersons !== null);
  const start = process.hrtime.bigint();
  const data = fitAnalyzeModel({
    issues: { texts: upr.map((r) => r.text), gold: upr.map((r) => r.issues), groups: upr.map((r) => r.state) },
    action: { texts: upr.map((r) => r.text), gold: upr.map((r) => [r.action]) },
    sdgGoals: { texts: sdg.map((r) => r.text), gold: sdg.map((r) => r.sdgGoals) },
    themes: { texts: themed.map((r) => r.text), gold: themed.map((r) => r.themes) },
    affectedPersons: { texts: grouped.map((r) => r.text), gold: grouped.map((r) => r.affectedPersons ?? []) },
  });
  const json = JSON.stringify(data);
  fs.writeFileSync(OUT, json);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`trained on ${upr.length} UPR Info rows, ${themed.length} themed, ${sdg.length} SDG-tagged and ${grouped.length} group-tagged OHCHR rows in ${secs.toFixed(1)} s; wrote ${OUT} (${(json.length / 1e6).toFixed(2)} MB)`);
}

main();
