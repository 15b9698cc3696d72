/** The project folder: the nearest one up from here with a package.json (also when this code is bundled into dist/bench/). */
import fs from "node:fs";
import path from "node:path";

export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
