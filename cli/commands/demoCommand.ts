/** `nmirf demo` (what `npm run demo` runs): the main job on the fictional tracker shipped in demo/data. */
import fs from "node:fs";
import path from "node:path";
import type { Io } from "../io/console";
import { say } from "../output/report";
import { resolveLang } from "./runTrack";
import { trackCommand } from "./trackCommand";

/** The project's root, from the bundle in dist/cli or the sources in cli/commands. */
export const projectRoot = (): string => path.resolve(__dirname, "..", "..");

export function demoInputs(): string[] {
  const dir = path.join(projectRoot(), "demo", "data");
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export interface DemoOptions {
  readonly output: string;
  readonly json: string;
  readonly lang?: string;
  readonly asOf?: string;
}

export async function demoCommand(opts: DemoOptions, io: Io): Promise<number> {
  const lang = resolveLang(opts, io);
  const inputs = demoInputs();
  io.out(say(lang, "cli.demoIntro", { file: inputs.map((i) => path.basename(i)).join(", ") }) + "\n\n");
  const aliases = path.join(projectRoot(), "demo", "data", "institutions.txt");
  return trackCommand(inputs, { ...opts, lang, aliases }, io);
}
