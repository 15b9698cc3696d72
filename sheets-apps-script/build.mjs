// Bundles the add-on and the core into dist/Code.js for clasp 3 (which no longer compiles TypeScript): an IIFE
// assigning the entry's exports to NmirfAddon, then one top-level function per export, generated from the export
// list, since Apps Script only calls top-level function declarations. Bundles the sidebar page (React, Fluent UI,
// the core) into dist/sidebar.html with its script inline, since Apps Script serves only the project's own files.
// Writes appsscript.json beside them: as it is (least privilege), or with `--sheets-api` the variant that enables the
// Advanced Sheets service for bulk writes, trading `spreadsheets.currentonly` for the full `spreadsheets` scope.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const GLOBAL = "NmirfAddon";

/** The entry's export names, read from esbuild's metafile of an ESM build (nothing written). */
async function exportNames(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, format: "esm", write: false, metafile: true, outdir: "out", logLevel: "silent" });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  return [...output.exports].sort();
}

const stub = (name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`;

/** The page around the sidebar's script; index.tsx sets the language, direction and translated title. */
const page = (script) => `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NMIRF</title>
<style>body { margin: 0; }</style>
</head>
<body>
<div id="root"></div>
<script>${script}</script>
</body>
</html>
`;

async function buildSidebar() {
  const result = await build({
    entryPoints: [path.join(here, "src", "sidebar", "index.tsx")],
    tsconfig: path.join(here, "src", "sidebar", "tsconfig.json"),
    bundle: true,
    format: "iife",
    // The sidebar runs in the user's browser, which Google Sheets requires to be a current one.
    target: "es2020",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    minify: true,
    write: false,
    legalComments: "none",
    logLevel: "warning",
  });
  // "</script" inside the code (in a string, a regex or a template) would end the inline script early, and "<!--"
  // would change how it is parsed; "<\/" and "\x3C" are the same text in all three (minified code has no comments).
  const script = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "\\x3C!--");
  return page(script);
}

const CURRENT_ONLY = "https://www.googleapis.com/auth/spreadsheets.currentonly";
const ALL_SPREADSHEETS = "https://www.googleapis.com/auth/spreadsheets";

/** The manifest to ship: the Sheets API variant swaps the scope and enables the service under the `Sheets` global. */
export function manifestFor(base, { sheetsApi = false } = {}) {
  if (!sheetsApi) return base;
  return {
    ...base,
    oauthScopes: base.oauthScopes.map((scope) => (scope === CURRENT_ONLY ? ALL_SPREADSHEETS : scope)),
    dependencies: { ...base.dependencies, enabledAdvancedServices: [{ userSymbol: "Sheets", serviceId: "sheets", version: "v4" }] },
  };
}

export async function buildAddon(outdir = path.join(here, "dist"), { sheetsApi = false } = {}) {
  const entry = path.join(here, "src", "index.ts");
  const names = await exportNames(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    // Apps Script's V8 runs ES2019 syntax reliably; newer syntax is lowered.
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    legalComments: "none",
    logLevel: "warning",
  });
  const code = `${result.outputFiles[0].text}\n${names.map(stub).join("\n")}\n`;
  fs.mkdirSync(outdir, { recursive: true });
  const sidebar = await buildSidebar();
  fs.writeFileSync(path.join(outdir, "Code.js"), code);
  fs.writeFileSync(path.join(outdir, "sidebar.html"), sidebar);
  const manifest = manifestFor(JSON.parse(fs.readFileSync(path.join(here, "appsscript.json"), "utf8")), { sheetsApi });
  fs.writeFileSync(path.join(outdir, "appsscript.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { names, bytes: Buffer.byteLength(code), sidebarBytes: Buffer.byteLength(sidebar) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sheetsApi = args.includes("--sheets-api");
  const dir = args.find((a) => !a.startsWith("--"));
  const { names, bytes, sidebarBytes } = await buildAddon(dir ? path.resolve(dir) : undefined, { sheetsApi });
  console.log(`sheets-apps-script${sheetsApi ? " (Sheets API variant)" : ""}: Code.js ${(bytes / 1024).toFixed(0)} KB, sidebar.html ${(sidebarBytes / 1024).toFixed(0)} KB, functions ${names.join(", ")}`);
}
