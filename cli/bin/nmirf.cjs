#!/usr/bin/env -S node --max-semi-space-size=64
// The `nmirf` command: runs the bundle `npm ci` builds (see cli/build.mjs). A larger young generation halves
// the garbage collector's work on big sheets, whose records all outlive their first collections.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "..", "dist", "cli", "nmirf.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("nmirf is not built yet: run `npm ci` (or `npm run build`) in the project folder first.\n");
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
