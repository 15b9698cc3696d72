/** Test builders for report tests: a few hand-made recommendations across mechanisms, and text of a model's blocks. */
import type { RecommendationId } from "../model/tracker";
import { act, rec } from "../rollup/testRecords";
import type { Block, DocumentModel } from "./documentModel";

export const UPR_JUSTICE = rec({
  id: "UPR-C3:121.29" as RecommendationId,
  text: "Criminalize torture in the Penal Code",
  mechanism: "UPR",
  symbol: "A/HRC/43/15",
  paragraph: "121.29",
  cycle: 3,
  year: 2019,
  recommendingStates: ["Switzerland", "Chile"],
  response: "supported",
  cluster: "1. Justice",
  themes: ["Prohibition of torture"],
  institutions: ["Ministry of Justice"],
  activities: [
    act({ text: "Draft law sent to Cabinet", status: "completed", institution: "Ministry of Justice" }),
    act({ text: "Law adopted by Parliament", status: "planned", institution: "National Assembly", deadline: "2025-03" }),
  ],
});

export const UPR_HEALTH_SILENT = rec({
  id: "UPR-C3:121.40" as RecommendationId,
  text: "Improve maternal health services",
  mechanism: "UPR",
  symbol: "A/HRC/43/15",
  paragraph: "121.40",
  cycle: 3,
  year: 2019,
  recommendingStates: [],
  response: "noted",
  cluster: "2. Health",
  themes: ["Right to health"],
  institutions: ["Ministry of Health"],
});

export const UPR_UNCLASSIFIED = rec({ id: "UPR-C2:98.1" as RecommendationId, text: "Ratify OP-CAT", mechanism: "UPR", paragraph: "98.1", cycle: 2, year: 2014 });

export const CEDAW_37 = rec({
  id: "CEDAW:37" as RecommendationId,
  text: "Repeal discriminatory provisions of the Family Code",
  mechanism: "CEDAW",
  symbol: "CEDAW/C/PRY/CO/7",
  paragraph: "37",
  year: 2017,
  cluster: "3. Women",
  institutions: ["Ministry of Women"],
  activities: [act({ text: "Family Code revised", status: "completed", institution: "Ministry of Women", deadline: "2021-05-03" })],
});

export const CRC_20 = rec({ id: "CRC:20" as RecommendationId, text: "Raise the age of marriage to 18", mechanism: "CRC", symbol: "CRC/C/VLM/CO/4", paragraph: "20", status: "in_progress" });

export const RECORDS = [UPR_JUSTICE, UPR_HEALTH_SILENT, UPR_UNCLASSIFIED, CEDAW_37, CRC_20];

const blockText = (b: Block): string[] => {
  switch (b.kind) {
    case "heading":
    case "paragraph":
      return [b.runs.map((r) => r.text).join("")];
    case "bullets":
      return b.items.map((i) => i.map((r) => r.text).join(""));
    case "table":
      return [b.header.join(" | "), ...b.rows.map((row) => row.map((c) => c.map((r) => r.text).join("")).join(" | "))];
  }
};

/** Every line of text of the model, in order: what a reader of the document sees. */
export const lines = (model: DocumentModel): string[] => model.sections.flatMap((s) => s.blocks.flatMap(blockText));

export const headings = (model: DocumentModel, level: number): string[] =>
  model.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "heading" && b.level === level).flatMap(blockText));
