// Bundles the command line into one CommonJS file so `npx nmirf` starts fast; runs on `npm ci` (prepare).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
await build({
  entryPoints: [path.join(root, "cli/main.ts")],
  outfile: path.join(root, "dist/cli/nmirf.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
