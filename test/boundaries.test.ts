/** The portable core's boundary is a lint rule: these examples show what it refuses in shared/ and allows elsewhere. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

const REFUSED: Record<string, string> = {
  nodeBuiltin: 'import fs from "fs";\nexport const x = fs;',
  nodeScheme: 'import { readFile } from "node:fs/promises";\nexport const x = readFile;',
  fileLibrary: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;',
  hostCode: 'import { main } from "../../cli/main";\nexport const x = main;',
  dom: "export const x = () => document.title;",
  process: "export const x = () => process.env.HOME;",
  officeJs: "export const x = () => Excel.run;",
  appsScript: "export const x = () => SpreadsheetApp.getActive();",
  clock: "export const x = () => new Date();",
  clockNow: "export const x = () => Date.now();",
  randomness: "export const x = () => Math.random();",
};
const ALLOWED_IN_CORE = "export const x = (iso: string) => new Date(iso);";
const ALLOWED_IN_CLI = 'import fs from "node:fs";\nexport const x = fs;';

/** Lints probe files placed where the rules apply, in one ESLint run (the tsconfigs exclude lint-probe-* folders). */
function lintProbes(files: Record<string, string>): Record<string, string[]> {
  const written = Object.entries(files).map(([rel, code]) => {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, code);
    return full;
  });
  try {
    let out: string;
    try {
      out = execFileSync(process.execPath, [path.join(root, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "--no-warn-ignored", ...written], { cwd: root, encoding: "utf8" });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const results = JSON.parse(out) as { filePath: string; messages: { message: string }[] }[];
    return Object.fromEntries(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.message)]));
  } finally {
    for (const f of written) fs.rmSync(path.dirname(f), { recursive: true, force: true });
  }
}

describe("the core stays portable (ESLint)", () => {
  const probe = `lint-probe-${process.pid}`;
  const files: Record<string, string> = {
    ...Object.fromEntries(Object.entries(REFUSED).map(([name, code]) => [`shared/${probe}/${name}.ts`, code])),
    [`shared/${probe}-ok/core.ts`]: ALLOWED_IN_CORE,
    [`cli/${probe}/cli.ts`]: ALLOWED_IN_CLI,
  };
  const messages = lintProbes(files);

  it.each(Object.keys(REFUSED))("refuses %s in shared/ with a message that says why", (name) => {
    const found = messages[`shared/${probe}/${name}.ts`] ?? [];
    expect(found.some((m) => /pure core|deterministic/.test(m))).toBe(true);
  });

  it("allows dates built from an argument in shared/", () => {
    expect(messages[`shared/${probe}-ok/core.ts`]).toEqual([]);
  });

  it("allows Node built-ins in the command line", () => {
    expect(messages[`cli/${probe}/cli.ts`]).toEqual([]);
  });
});

/** The shared UI reaches its host only through the PaneHost it is given. */
describe("the shared UI stays host-neutral (ESLint)", () => {
  const probe = `lint-probe-${process.pid}`;
  const UI_REFUSED: Record<string, string> = {
    officeJs: "export const x = () => Office.context.displayLanguage;",
    excel: "export const x = () => Excel.run;",
    appsScript: "export const x = () => google.script.run;",
    hostFolder: 'import { excelHost } from "../../excel-addin/src/taskpane/excelHost";\nexport const x = excelHost;',
    nodeBuiltin: 'import fs from "node:fs";\nexport const x = fs;',
  };
  const messages = lintProbes({
    ...Object.fromEntries(Object.entries(UI_REFUSED).map(([name, code]) => [`ui/${probe}/${name}.ts`, code])),
    [`ui/${probe}-ok/view.ts`]: 'import { translate } from "../../shared/i18n/catalog";\nexport const x = () => translate;',
  });

  it.each(Object.keys(UI_REFUSED))("refuses %s in ui/ with a message that says why", (name) => {
    expect((messages[`ui/${probe}/${name}.ts`] ?? []).some((m) => /PaneHost/.test(m))).toBe(true);
  });

  it("allows the core in ui/", () => {
    expect(messages[`ui/${probe}-ok/view.ts`]).toEqual([]);
  });
});
