/** Writes a file through a temporary sibling and a rename, so a failed write never leaves half a tracker. */
import fs from "node:fs";
import path from "node:path";
import { CliError } from "./CliError";

export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    await write(tmp);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof CliError) throw e;
    const reason = e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
    throw new CliError("cli.cannotWrite", { file: target, reason });
  }
}
