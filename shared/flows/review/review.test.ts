import { file, sheet } from "../../../test/support/grids";
import type { SourceFile } from "../../grid/grid";
import { readTrackerWorkbook } from "../../import/trackerWorkbook";
import { planToSourceFile } from "../../workbook/planToSourceFile";
import { analyseConvert, type RunMeta } from "../convert";
import { sheetOf } from "../trackerPlan";
import { acceptSuggestions, clusterDecisions, reviewSuggestions, type Decisions, type SuggestionReview } from "./index";

const META: RunMeta = { lang: "en", now: "2026-03-01T09:00:00Z", by: "secretariat@example.org" };
const NONE: Decisions = { clusters: [], rejectedClusters: [], tags: [] };

/** A tracker whose recommendations fall in two obvious groups, in three languages; the last two already share a cluster. */
function tracker(): SourceFile {
  const source = file("t.xlsx", sheet("UPR", [
    ["Recommendation", "Recommending State", "Status", "Cluster"],
    ["Ratify the Optional Protocol to the Convention against Torture", "Denmark", "Not started", ""],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "France", "Not started", ""],
    ["Ratify promptly the Optional Protocol to the Convention against Torture", "Chile", "Not started", ""],
    ["Ensure free birth registration for all children", "Mexico", "In progress", "Birth registration"],
    ["Guarantee universal and free birth registration of all children", "Spain", "In progress", "Birth registration"],
    ["Garantizar el registro gratuito de los nacimientos de todos los niños", "Peru", "In progress", "Birth registration"],
  ]));
  return planToSourceFile(analyseConvert({ ...META, workbook: source, sheet: "UPR" }).plan);
}

const accept = (workbook: SourceFile, decisions: Partial<Decisions>): SourceFile => planToSourceFile(acceptSuggestions({ ...META, workbook, decisions: { ...NONE, ...decisions } })!);
const review = (workbook: SourceFile): SuggestionReview => reviewSuggestions({ ...META, workbook })!;

describe("reviewing clusters", () => {
  const workbook = tracker();
  const { clusters } = review(workbook);
  const torture = clusters.find((c) => c.origin === "suggested" && c.members.some((m) => m.text.startsWith("Ratify the Optional")))!;

  it("lists the tracker's own clusters, then suggests clusters a person recognises, named by their key terms", () => {
    expect(clusters[0]).toMatchObject({ id: "tracker:Birth registration", name: "Birth registration", origin: "tracker" });
    expect(clusters[0]!.members).toHaveLength(3);
    expect(torture.members.map((m) => m.text).join(" ")).not.toMatch(/birth/);
    expect(torture.name).not.toBe("");
  });

  it("does not suggest again a cluster the tracker already has", () => {
    const suggestedBirth = clusters.filter((c) => c.origin === "suggested" && c.members.some((m) => /birth/.test(m.text)));
    expect(suggestedBirth.filter((c) => c.members.every((m) => m.cluster === "Birth registration"))).toEqual([]);
  });

  it("shows each member's related recommendations with their score and kind", () => {
    const member = torture.members.find((m) => m.text.startsWith("Ratify the Optional"))!;
    expect(member.related.map((r) => r.text)).toContain("Ratify promptly the Optional Protocol to the Convention against Torture");
    for (const r of member.related) {
      expect(r.score).toBeGreaterThan(0);
      expect(["repeat", "similar"]).toContain(r.kind);
    }
  });

  it("writes the accepted clusters, under the user's names, in the Cluster column and logs each change", () => {
    const read = readTrackerWorkbook(accept(workbook, { clusters: clusterDecisions([{ ...torture, name: "Ratify OP-CAT" }], new Set([torture.id])) }))!;
    expect(read.recommendations.filter((r) => r.cluster === "Ratify OP-CAT").map((r) => r.id).sort()).toEqual(torture.members.map((m) => m.id).sort());
    expect(read.log.filter((e) => e.action === "update" && e.field === "cluster" && e.newValue === "Ratify OP-CAT")).toHaveLength(torture.members.length);
  });

  it("does not suggest a rejected cluster again", () => {
    const after = accept(workbook, { rejectedClusters: [torture.id] });
    expect(review(after).clusters.map((c) => c.id)).not.toContain(torture.id);
    expect(readTrackerWorkbook(after)!.log.filter((e) => e.action === "reject" && e.newValue === torture.id)).toHaveLength(1);
  });

  it("needs a tracker", () => {
    expect(reviewSuggestions({ ...META, workbook: file("x.xlsx", sheet("S", [["a"]])) })).toBeNull();
  });
});

describe("reviewing tags", () => {
  const workbook = tracker();
  const { tags } = review(workbook);
  const rec = tags.find((t) => t.choices.some((c) => c.kind === "themes"))!;
  const theme = rec.choices.find((c) => c.kind === "themes")!;

  it("suggests themes, SDGs and groups with a score and the words that triggered them, most confident first", () => {
    expect(tags.length).toBeGreaterThan(0);
    expect(theme.score).toBeGreaterThan(0);
    expect(theme.reason.length).toBeGreaterThan(0);
    const best = tags.map((t) => Math.max(...t.choices.map((c) => c.score)));
    expect(best).toEqual([...best].sort((a, b) => b - a));
  });

  it("writes an accepted tag in its column, logs it, and stops suggesting it", () => {
    const after = accept(workbook, { tags: [{ id: rec.id, kind: "themes", value: theme.value, accept: true }] });
    const read = readTrackerWorkbook(after)!;
    expect(read.recommendations.find((r) => r.id === rec.id)!.themes).toContain(theme.value);
    expect(read.log).toContainEqual(expect.objectContaining({ action: "accept", recordId: rec.id, field: "themes", newValue: theme.value, by: META.by }));
    const again = review(after).tags.find((t) => t.id === rec.id);
    expect(again?.choices ?? []).not.toContainEqual(expect.objectContaining({ kind: "themes", value: theme.value }));
  });

  it("logs a rejected tag, leaves the record as it was and never suggests it again, in the pane or the Suggested tags column", () => {
    const after = accept(workbook, { tags: [{ id: rec.id, kind: "themes", value: theme.value, accept: false }] });
    const read = readTrackerWorkbook(after)!;
    expect(read.recommendations.find((r) => r.id === rec.id)!.themes).not.toContain(theme.value);
    expect(read.log).toContainEqual(expect.objectContaining({ action: "reject", recordId: rec.id, field: "themes", newValue: theme.value }));
    expect(review(after).tags.find((t) => t.id === rec.id)?.choices ?? []).not.toContainEqual(expect.objectContaining({ kind: "themes", value: theme.value }));
    const suggestedThemes = (w: SourceFile) => {
      const row = sheetOf(acceptSuggestions({ ...META, workbook: w, decisions: NONE })!, "recommendations").values.find((r) => r.includes(rec.id))!;
      return row.filter((v) => typeof v === "string" && v.startsWith("Themes:") && v.includes(theme.value));
    };
    expect(suggestedThemes(workbook)).toHaveLength(1);
    expect(suggestedThemes(after)).toEqual([]);
  });

  it("keeps a theme whose name holds a semicolon as one theme, and does not suggest it again", () => {
    const withSemicolon = tags.flatMap((t) => t.choices.filter((c) => c.kind === "themes" && c.value.includes(";")).map((c) => ({ id: t.id, value: c.value })))[0];
    if (!withSemicolon) throw new Error("fixture should get a UHRI theme whose name holds a semicolon");
    const after = accept(workbook, { tags: [{ id: withSemicolon.id, kind: "themes", value: withSemicolon.value, accept: true }] });
    const themes = readTrackerWorkbook(after)!.recommendations.find((r) => r.id === withSemicolon.id)!.themes;
    expect(themes).toEqual([withSemicolon.value.replace(/; /g, ", ")]);
    expect(review(after).tags.find((t) => t.id === withSemicolon.id)?.choices ?? []).not.toContainEqual(expect.objectContaining({ value: withSemicolon.value }));
  });

  it("accepts an SDG goal as a number, in order, and ignores one outside 1–17", () => {
    const goal = tags.flatMap((t) => t.choices.filter((c) => c.kind === "sdgGoals").map((c) => ({ id: t.id, value: c.value })))[0];
    if (!goal) throw new Error("fixture should get an SDG suggestion");
    const read = readTrackerWorkbook(accept(workbook, { tags: [{ id: goal.id, kind: "sdgGoals", value: goal.value, accept: true }, { id: goal.id, kind: "sdgGoals", value: "18", accept: true }] }))!;
    expect(read.recommendations.find((r) => r.id === goal.id)!.sdgGoals).toEqual([Number(goal.value)]);
  });
});
