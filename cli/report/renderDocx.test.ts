import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Lang } from "../../shared/model/codes";
import { buildReport } from "../../shared/report/buildReport";
import { neverReported } from "../../shared/report/lastReported";
import type { ReportSpec } from "../../shared/report/reportSpec";
import { RECORDS } from "../../shared/report/testReports";
import { docxPart, hasUnzip, paragraphTexts } from "./readDocx";
import { renderDocx } from "./renderDocx";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-docx-"));

async function written(fields: Partial<ReportSpec>): Promise<{ xml: string; styles: string; tag: string }> {
  const spec: ReportSpec = { template: "upr-midterm", lang: "en", filters: {}, dataDate: "2026-03-01", ...fields };
  const { model } = buildReport(RECORDS, spec, neverReported);
  const file = path.join(dir, `${spec.template}-${spec.lang}.docx`);
  fs.writeFileSync(file, await renderDocx(model));
  return { xml: docxPart(file, "word/document.xml") ?? "", styles: docxPart(file, "word/styles.xml") ?? "", tag: model.sections[0]!.tag };
}

const run = hasUnzip() ? describe : describe.skip;
if (!hasUnzip()) console.warn("unzip is not installed: the .docx read-back tests are skipped");

run("renderDocx, read back with unzip", () => {
  it("writes headings with the built-in Heading 1–3 styles, a real table and bulleted list items", async () => {
    const { xml } = await written({});
    for (const level of [1, 2, 3]) expect(xml).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    expect(xml).toMatch(/<w:tbl>[\s\S]*<w:tblHeader\/>[\s\S]*<\/w:tbl>/);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(xml).not.toContain("<w:bidi/>");
  });

  it("wraps the section in a content control carrying its tag and title", async () => {
    const { xml, tag } = await written({});
    expect(xml).toContain(`<w:sdt><w:sdtPr><w:alias w:val="Mid-term report on the implementation of the recommendations of the universal periodic review"/><w:tag w:val="${tag}"/>`);
    expect(xml.indexOf("<w:sdtContent>")).toBeLessThan(xml.indexOf("Heading1"));
    expect(xml.trimEnd()).toMatch(/<\/w:sdtContent><\/w:sdt><w:sectPr[\s\S]*<\/w:body><\/w:document>$/);
  });

  it("keeps the text readers see: references, placeholders highlighted, no undefined", async () => {
    const { xml } = await written({});
    const texts = paragraphTexts(xml);
    expect(texts).toEqual(expect.arrayContaining(["A/HRC/43/15, para. 121.29", "Position: Supported", "No information reported by Ministry of Health"]));
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,80}No information reported by Ministry of Health/);
    expect(texts.join("\n")).not.toMatch(/undefined|\{\w+\}/);
  });

  it.each<[Lang, string]>([
    ["ar", "ar-SA"],
    ["fr", "fr-FR"],
    ["zh", "zh-CN"],
  ])("sets the document language for %s", async (lang, locale) => {
    const { styles } = await written({ lang });
    expect(styles).toContain(`<w:lang w:val="${locale}"`);
  });

  it("writes Arabic right to left: bidi paragraphs, rtl runs and visually right-to-left tables", async () => {
    const { xml } = await written({ lang: "ar", template: "nap-annual" });
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:bidi\/>/);
    expect(xml).toContain("<w:rtl/>");
    expect(xml).toContain("<w:bidiVisual/>");
    expect(paragraphTexts(xml)).toContain("التقرير السنوي عن تنفيذ خطة العمل الوطنية لحقوق الإنسان");
  });
});
