// Jest transform: TypeScript to CommonJS with esbuild (already a dependency), types checked by `npm run typecheck`.
const { createHash } = require("node:crypto");
const { transformSync } = require("esbuild");

// import() becomes require(): Jest's CommonJS runtime refuses a real import() without --experimental-vm-modules.
const OPTIONS = { format: "cjs", target: "es2022", supported: { "dynamic-import": false }, sourcemap: "external" };

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, { ...OPTIONS, loader: file.endsWith(".ts") ? "ts" : "js", sourcefile: file });
    return { code, map };
  },
  // Jest's cache otherwise knows nothing of the options: a change to them would leave files transformed the old way.
  getCacheKey: (source, file) => createHash("sha1").update(JSON.stringify(OPTIONS)).update(file).update(source).digest("hex"),
};
