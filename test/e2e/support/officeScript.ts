/** The browser-side Office.js fake as one classic script, built with esbuild once per test file and kept in memory. */
import path from "node:path";
import { buildSync } from "esbuild";
import { repoRoot } from "./repoRoot";

/** Where the production pages load Office.js from; the harness answers it with the fake. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

const ENTRY = path.join(repoRoot(), "test", "fakes", "office", "officeExcelBrowser.ts");
let cached: string | undefined;

export function officeScript(): string {
  cached ??= buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  }).outputFiles[0]!.text;
  return cached;
}
