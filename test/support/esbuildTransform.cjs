// Jest transform: TypeScript to CommonJS with esbuild (already a dependency), types checked by `npm run typecheck`.
const { transformSync } = require("esbuild");

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, { loader: file.endsWith(".ts") ? "ts" : "js", format: "cjs", target: "es2022", sourcemap: "external", sourcefile: file });
    return { code, map };
  },
};
