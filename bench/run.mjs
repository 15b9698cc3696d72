// Bundles the benchmark with esbuild and runs it with the garbage collector exposed.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.join(root, "dist/bench/bench.cjs");
await build({ entryPoints: [path.join(root, "bench/bench.ts")], outfile, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "warning" });
const res = spawnSync(process.execPath, ["--expose-gc", "--max-semi-space-size=64", outfile], { stdio: "inherit" });
process.exitCode = res.status ?? 1;
