import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DocumentModel } from "../../shared/report/documentModel";
import { decodeSectionTag } from "../../shared/report/sectionTag";
import type { Io } from "../io/console";
import { main } from "../main";
import { docxPart, hasUnzip, paragraphTexts } from "../report/readDocx";
import { demoInputs } from "./demoCommand";

/** Runs the real command line in a folder and captures what it prints. */
async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTty: false, cwd, now: () => "2026-03-01T09:00:00.000Z", env: {} };
  const code = await main(argv, io);
  return { code, out, err };
}

const demo = demoInputs()[0]!;
const aliases = path.join(path.dirname(demo), "institutions.txt");
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-report-"));
const file = (name: string): string => path.join(cwd, name);

describe("nmirf track → report, on the demo tracker", () => {
  beforeAll(async () => {
    const tracked = await run(["track", demo, "--aliases", aliases, "-o", "t.xlsx"], cwd);
    expect(tracked.code).toBe(0);
  }, 60_000);

  it("writes the French UPR mid-term report and prints its word count", async () => {
    const { code, out, err } = await run(["report", "t.xlsx", "--template", "upr-midterm", "--lang", "fr", "-o", "r.docx", "--json", "m.json"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/^Rapport écrit : r\.docx \(95 recommandations, \d+ mots\)\nModèle du document écrit : m\.json\n$/);
    const { spec, model, words } = JSON.parse(fs.readFileSync(file("m.json"), "utf8")) as { spec: unknown; model: DocumentModel; words: number };
    expect(out).toContain(`${words} mots`);
    expect(model.lang).toBe("fr");
    expect(decodeSectionTag(model.sections[0]!.tag)).toEqual({ kind: "spec", spec });
    expect(spec).toMatchObject({ template: "upr-midterm", lang: "fr", dataDate: "2026-03-01" });
    if (!hasUnzip()) return void console.warn("unzip is not installed: the .docx read-back is skipped");
    const xml = docxPart(file("r.docx"), "word/document.xml")!;
    const texts = paragraphTexts(xml);
    expect(texts[0]).toBe("Rapport à mi-parcours sur la mise en œuvre des recommandations de l'Examen périodique universel");
    expect(texts).toEqual(expect.arrayContaining(["EPU, cycle 3, par. 128.31", "États recommandants : Suisse", "Position : Acceptée", "État de mise en œuvre : Partiellement mise en œuvre"]));
    expect(texts.some((t) => t.startsWith("Aucune information communiquée par "))).toBe(true);
    expect(texts.join("\n")).not.toMatch(/undefined|\{\w+\}|report\./);
    expect(xml).toContain(`<w:tag w:val="${model.sections[0]!.tag}"/>`);
  });

  it.each([
    // The demo marks 8 treaty-body paragraphs for follow-up (followUpParagraphs in its expected.json).
    [["--template", "tb-followup", "--lang", "ar"], /كُتب التقرير: x\.docx \(8 توصية/],
    [["--template", "co-replies", "--mechanism", "CEDAW"], /Report written: x\.docx \(20 recommendations/],
    [["--template", "tb-replies", "--lang", "zh"], /报告已写入：x\.docx（60 项建议/],
    [["--template", "nap-annual", "--lang", "es", "--institution", "assemblée nationale"], /Informe escrito: x\.docx \(\d+ recomendaciones/],
    [["--template", "custom", "--mechanism", "EPU", "--mechanism", "CRC", "--status", "en cours", "--group-by", "institution", "--fields", "reference,status"], /Report written: x\.docx \(\d+ recommendations/],
  ])("writes every template: %j", async (args, message) => {
    const { code, out, err } = await run(["report", "t.xlsx", ...args, "-o", "x.docx"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(message);
  });

  it("writes only the paragraphs a tracker marks for follow-up, with their indicators", async () => {
    fs.writeFileSync(file("crc.csv"), [
      "Symbol,Paragraph,Recommendation,Selected for follow-up,Indicators",
      "CRC/C/VLM/CO/4,20,Raise the age of marriage to 18,x,Marriages under 18 registered per year",
      "CRC/C/VLM/CO/4,31,Ban corporal punishment,,",
      "CRC/C/VLM/CO/4,45,Register every birth,yes,",
    ].join("\n"));
    expect((await run(["track", "crc.csv", "-o", "crc.xlsx"], cwd)).code).toBe(0);
    const { code, out, err } = await run(["report", "crc.xlsx", "--template", "tb-followup", "-o", "fu.docx"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/Report written: fu\.docx \(2 recommendations/);
    if (!hasUnzip()) return void console.warn("unzip is not installed: the .docx read-back is skipped");
    const texts = paragraphTexts(docxPart(file("fu.docx"), "word/document.xml")!);
    expect(texts).toEqual(expect.arrayContaining(["CRC/C/VLM/CO/4, para. 20", "Indicators: Marriages under 18 registered per year", "CRC/C/VLM/CO/4, para. 45", "Indicators: Not recorded"]));
    expect(texts).not.toContain("CRC/C/VLM/CO/4, para. 31");
  });

  it("warns when a report passes the UPR national report's 10,700 words", async () => {
    const { code, out } = await run(["report", "t.xlsx", "--template", "custom", "--fields", "reference,text,recommendingStates,position,status,institutions,activities,themes,cluster", "-o", "big.docx"], cwd);
    expect(code).toBe(0);
    expect(out).toMatch(/Warning: \d+ words, over the UPR national report's limit of 10700 words\./);
  });

  it("ends with the changes of status since a snapshot taken with nmirf snapshot", async () => {
    expect((await run(["snapshot", "t.xlsx", "--as-of", "2026-01-15", "-o", "s.xlsx"], cwd)).code).toBe(0);
    const { code, out, err } = await run(["report", "s.xlsx", "--template", "upr-midterm", "--since", "2026-01-15", "-o", "since.docx", "--json", "since.json"], cwd);
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/Report written: since\.docx/);
    const { spec, model } = JSON.parse(fs.readFileSync(file("since.json"), "utf8")) as { spec: { since: string }; model: DocumentModel };
    expect(spec.since).toBe("2026-01-15");
    const blocks = model.sections[0]!.blocks;
    expect(blocks.at(-2)).toEqual({ kind: "heading", level: 2, runs: [{ text: "Changes of status since 15 January 2026" }] });
    expect(blocks.at(-1)).toEqual({ kind: "paragraph", runs: [{ text: "No change of status since 15 January 2026", italic: true, placeholder: true }] });
  });

  it.each([
    [["report", "t.xlsx", "--template", "custom", "--since", "2020-01-01", "-o", "x.docx"], /--since 2020-01-01: t\.xlsx has no snapshot of that date \(snapshots: —\)/],
    [["report", "t.xlsx", "--template", "custom", "--since", "last year", "-o", "x.docx"], /--since «last year»/],
    [["report", "t.xlsx", "--template", "nope", "-o", "x.docx"], /--template «nope»: expected one of upr-midterm, tb-followup/],
    [["report", "t.xlsx", "--template", "custom", "--mechanism", "Nobody", "-o", "x.docx"], /--mechanism «Nobody»/],
    [["report", "t.xlsx", "--template", "custom", "--status", "maybe", "-o", "x.docx"], /--status «maybe»/],
    [["report", "t.xlsx", "--template", "custom", "--cycle", "two", "-o", "x.docx"], /--cycle «two»/],
    [["report", "t.xlsx", "--template", "custom", "--period", "2024", "-o", "x.docx"], /--period «2024»/],
    [["report", "t.xlsx", "--template", "custom", "--group-by", "colour", "-o", "x.docx"], /--group-by «colour»/],
    [["report", "t.xlsx", "--template", "custom", "--fields", "reference,colour", "-o", "x.docx"], /--fields «colour»/],
    [["report", "t.xlsx", "--template", "custom", "-o", "t.xlsx"], /t\.xlsx/],
    [["report", "nope.xlsx", "--template", "custom", "-o", "x.docx"], /nope\.xlsx/],
    [["report", demo, "--template", "custom", "-o", "x.docx"], /is not a tracker written by nmirf/],
  ])("stops on bad input %j with one located line and no stack trace", async (argv, message) => {
    const { code, err } = await run(argv, cwd);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\s+at\s/);
  });
});
