import { file, merge, sheet } from "../../test/support/grids";
import type { SourceFile } from "../grid/grid";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { analyseConvert, analyseImport, fixIssue, parseTarget, refreshDashboard, sourceSheets, validateTracker, type RunMeta } from "./index";

const META: RunMeta = { lang: "fr", now: "2025-06-30T10:00:00Z", by: "secretariat@example.org" };

/** A French tracker as NMIRFs keep it, with a status nobody can read ("en cour") and a deadline that is no date. */
const userSheet = () =>
  sheet(
    "EPU",
    [
      ["MATRICE DE SUIVI DES RECOMMANDATIONS", null, null, null, null],
      ["N°", "Recommandation", "Position", "Activités", "Statut de l'activité", "Échéance"],
      [1, "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "Acceptée", "Projet de loi de ratification", "Réalisé", "31/12/2024"],
      [2, "Adopter une loi sur les violences faites aux femmes", "Notée", "Atelier national", "encours", "fin 2025"],
    ],
    [merge("A1:E1")],
  );

/** What the host's workbook looks like after applying a plan: the user's sheet untouched beside the tracker. */
const afterApply = (source: SourceFile, plan: Parameters<typeof planToSourceFile>[0]): SourceFile => ({
  file: source.file,
  sheets: [...source.sheets, ...planToSourceFile(plan, source.file).sheets],
});

describe("Convert in a task pane", () => {
  const workbook = file("suivi.xlsx", userSheet());
  const first = analyseConvert({ ...META, workbook, sheet: "EPU" });

  it("shows the header row found, the mapping and the first rows as they will be stored", () => {
    expect(first.mapping).toMatchObject({ sheet: "EPU", headerRow: 2 });
    expect(first.mapping?.columns.find((c) => c.header === "Recommandation")).toMatchObject({ field: "text" });
    expect(first.preview).toHaveLength(3);
    expect(first.preview[1]).toContain("Ratifier le Protocole facultatif se rapportant à la Convention contre la torture");
    expect([first.recommendations, first.activities, first.diff]).toEqual([2, 2, null]);
  });

  it("offers the user's sheets as sources, never the tracker's own", () => {
    const converted = afterApply(workbook, first.plan);
    expect(sourceSheets(workbook)).toEqual(["EPU"]);
    expect(sourceSheets(converted)).toEqual(["EPU"]);
  });

  it("updates the tracker already in the workbook on a second run, with the diff shown first", () => {
    const converted = afterApply(workbook, first.plan);
    const again = analyseConvert({ ...META, workbook: converted, sheet: "EPU" });
    expect(again.diff).toMatchObject({ added: [], changed: [], missing: [] });
    expect(again.diff?.unchanged).toHaveLength(2);
    expect(again.recommendations).toBe(2);
  });

  it("takes the user's corrections of the mapping", () => {
    const corrected = analyseConvert({ ...META, workbook, sheet: "EPU", overrides: [{ header: "Échéance", field: null }] });
    expect(corrected.mapping?.columns.find((c) => c.header === "Échéance")).toMatchObject({ field: null, basis: "override" });
  });

  it("names a sheet that is not there", () => {
    expect(() => analyseConvert({ ...META, workbook, sheet: "Nope" })).toThrow(/no sheet "Nope" in suivi.xlsx/);
  });
});

describe("Validate and fix on the tracker", () => {
  const workbook = file("suivi.xlsx", userSheet());
  const converted = afterApply(workbook, analyseConvert({ ...META, workbook, sheet: "EPU" }).plan);
  const validation = validateTracker({ ...META, workbook: converted });

  it("says there is no tracker to validate before Convert", () => {
    expect(validateTracker({ ...META, workbook })).toBeNull();
    expect(refreshDashboard({ ...META, workbook, asOf: "2025-06-30" })).toBeNull();
  });

  it("points each issue at the tracker's own cell and marks those cells", () => {
    const located = validation!.issues.filter((i) => i.target !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const issue of located) {
      const grid = converted.sheets.find((s) => s.name === issue.target!.sheet)!;
      expect(grid).toBeDefined();
      const highlighted = validation!.highlights.find((h) => h.sheet === issue.target!.sheet)!;
      expect(highlighted.cells).toContainEqual(expect.objectContaining({ row: issue.target!.row, col: issue.target!.col }));
    }
    expect(validation!.issuesPlan.sheets.map((s) => s.role)).toEqual(["issues"]);
  });

  it("rewrites a fixable issue's cell with the suggestion as the tracker stores it, and the issue is gone after", () => {
    const fixable = validation!.issues.find((i) => i.fixable)!;
    expect(fixable).toBeDefined();
    const fix = fixIssue({ ...META, workbook: converted }, fixable)!;
    expect(fix.target).toEqual(fixable.target);
    expect(fix.value).not.toBeNull();
    const grid = converted.sheets.find((s) => s.name === fix.target.sheet)!;
    const rows = grid.rows.map((r) => [...r]);
    rows[fix.target.row][fix.target.col] = fix.value as string;
    const fixedBook = { ...converted, sheets: converted.sheets.map((s) => (s === grid ? { ...s, rows } : s)) };
    const after = validateTracker({ ...META, workbook: fixedBook })!;
    const same = (i: typeof fixable) => i.code === fixable.code && i.recordId === fixable.recordId && i.field === fixable.field;
    expect(after.issues.filter(same)).toHaveLength(0);
  });

  it("refreshes the dashboard as of a date, planning only the Dashboard sheet", () => {
    const dash = refreshDashboard({ ...META, workbook: converted, asOf: "2026-01-31" })!;
    expect(dash.rollups.asOf).toBe("2026-01-31");
    expect(dash.rollups.total.total).toBe(2);
    expect(dash.plan.sheets.map((s) => s.role)).toEqual(["dashboard"]);
  });

  it("keeps the tracker's language when someone whose Office speaks another language updates it", () => {
    const english = { ...META, lang: "en" as const };
    const french = converted.sheets.map((s) => s.name);
    const names = (plan: { sheets: readonly { name: string }[] }) => plan.sheets.map((s) => s.name);
    expect(names(refreshDashboard({ ...english, workbook: converted, asOf: "2026-01-31" })!.plan)).toEqual(["Tableau de bord"]);
    expect(french).toEqual(expect.arrayContaining(names(validateTracker({ ...english, workbook: converted })!.issuesPlan)));
    expect(french).toEqual(expect.arrayContaining(names(analyseConvert({ ...english, workbook: converted, sheet: "EPU" }).plan)));
    // messages shown in the pane stay in the person's language
    expect(validateTracker({ ...english, workbook: converted })!.issues.some((i) => /status|date/i.test(i.message))).toBe(true);
  });
});

describe("parseTarget", () => {
  it("reads the links the Issues sheet writes, quotes and all", () => {
    expect(parseTarget("#'Recommandations'!F12")).toEqual({ sheet: "Recommandations", row: 11, col: 5 });
    expect(parseTarget("#'L''équipe'!AA1")).toEqual({ sheet: "L'équipe", row: 0, col: 26 });
    expect(parseTarget("Sheet1!A1")).toBeNull();
  });
});

describe("Import an export into the tracker", () => {
  const workbook = file("suivi.xlsx", userSheet());
  const converted = afterApply(workbook, analyseConvert({ ...META, workbook, sheet: "EPU" }).plan);
  const uprInfo = file("upr-info.xlsx", sheet("Export", [
    ["Recommendation", "Recommending State", "Response", "Cycle"],
    ["Ratify the Optional Protocol to the Convention against Torture", "Denmark", "Supported", 3],
    ["Ensure free birth registration for all children", "Mexico", "Supported", 3],
  ]));

  it("upserts into the tracker already in the workbook, the diff first, every sheet of the export read", () => {
    const imported = analyseImport({ ...META, workbook: converted, imported: uprInfo })!;
    expect(imported.sheet).toBe("upr-info.xlsx");
    expect(imported.mapping).toMatchObject({ file: "upr-info.xlsx", sheet: "Export" });
    expect(imported.diff?.added).toHaveLength(2);
    expect(imported.diff?.missing).toHaveLength(2);
    expect(imported.recommendations).toBe(4);
  });

  it("needs a tracker to import into", () => {
    expect(analyseImport({ ...META, workbook, imported: uprInfo })).toBeNull();
  });
});
