// Bundles the add-on and the core into dist/Code.js for clasp 3 (which no longer compiles TypeScript): an IIFE
// assigning the entry's exports to NmirfAddon, then one top-level function per export, generated from the export
// list, since Apps Script only calls top-level function declarations. Copies appsscript.json beside it.
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

export async function buildAddon(outdir = path.join(here, "dist")) {
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
  fs.writeFileSync(path.join(outdir, "Code.js"), code);
  fs.copyFileSync(path.join(here, "appsscript.json"), path.join(outdir, "appsscript.json"));
  return { names, bytes: Buffer.byteLength(code) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const { names, bytes } = await buildAddon(outdir);
  console.log(`sheets-apps-script: ${(bytes / 1024).toFixed(0)} KB, functions ${names.join(", ")}`);
}
