/** Reads every input file, with progress, refusing to go on when an output would overwrite an input. */
import path from "node:path";
import type { SourceFile } from "../../shared/grid/grid";
import { readSource } from "../read/readSource";
import { CliError } from "./CliError";

export async function loadSources(inputs: readonly string[], cwd: string, onFile: (file: string, index: number) => void): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const [i, input] of inputs.entries()) {
    onFile(path.basename(input), i);
    out.push(await readSource(path.resolve(cwd, input)));
  }
  return out;
}

export function refuseOverwrite(inputs: readonly string[], outputs: readonly (string | undefined)[], cwd: string): void {
  const ins = new Set(inputs.map((i) => path.resolve(cwd, i)));
  for (const o of outputs) if (o && ins.has(path.resolve(cwd, o))) throw new CliError("cli.outputIsInput", { file: o });
}
