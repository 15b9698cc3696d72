/**
 * The .docx we write, opened by an independent reader: LibreOffice converts it to PDF and poppler's pdftotext
 * reads the text back, which must carry the sections, the UN-style references and the statuses.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildReport } from "../../shared/report/buildReport";
import { neverReported } from "../../shared/report/lastReported";
import type { ReportSpec } from "../../shared/report/reportSpec";
import { RECORDS } from "../../shared/report/testReports";
import { renderDocx } from "./renderDocx";

const SOFFICE = "/usr/bin/soffice";
const PDFTOTEXT = "/usr/bin/pdftotext";
const available = fs.existsSync(SOFFICE) && fs.existsSync(PDFTOTEXT);
if (!available) process.stderr.write(`renderDocx read back by LibreOffice: skipped, ${SOFFICE} or ${PDFTOTEXT} is absent (apt-get install libreoffice-writer-nogui poppler-utils).\n`);
const describeWithLibreOffice = available ? describe : describe.skip;

/** The text LibreOffice sees in the .docx, from the PDF it makes of it (whitespace folded). */
async function textSeenByLibreOffice(spec: ReportSpec): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-lo-"));
  try {
    const docx = path.join(dir, "report.docx");
    fs.writeFileSync(docx, await renderDocx(buildReport(RECORDS, spec, neverReported).model));
    // A profile of its own, so a LibreOffice the user has open (or a parallel test) does not take the conversion over.
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore", timeout: 120_000 });
    return execFileSync(PDFTOTEXT, ["-layout", path.join(dir, "report.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeWithLibreOffice("the .docx read back by LibreOffice", () => {
  it("has the UPR mid-term report's sections, references and statuses", async () => {
    const text = await textSeenByLibreOffice({ template: "upr-midterm", lang: "en", filters: {}, dataDate: "2026-03-01" });
    expect(text).toContain("A/HRC/43/15, para. 121.29");
    expect(text).toContain("Criminalize torture in the Penal Code");
    expect(text).toMatch(/Justice/);
    expect(text).toMatch(/In progress|Not started|Implemented|Partially implemented/);
  }, 180_000);

  it("has the treaty-body follow-up report in French", async () => {
    const text = await textSeenByLibreOffice({ template: "tb-followup", lang: "fr", filters: {}, dataDate: "2026-03-01" });
    expect(text).toContain("CEDAW/C/PRY/CO/7, par. 37");
    expect(text).toContain("Mesures prises");
    expect(text).toContain("État de mise en œuvre : Mise en œuvre");
    expect(text).toContain("Aucune information communiquée");
  }, 180_000);
});
