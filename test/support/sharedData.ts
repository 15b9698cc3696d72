/** The public data kept beside the repository (../shared/data), and a describe that skips, saying why, without it. */
import fs from "node:fs";
import path from "node:path";

export const SHARED_DATA = path.resolve(__dirname, "..", "..", "..", "shared", "data");
/** Whether ../shared/data is there (describe bodies still run when skipped: guard their reads with it). */
export const hasSharedData = fs.existsSync(SHARED_DATA);

/** Like describe; where ../shared/data is absent (a user's fresh clone) the block is skipped and the reason printed. */
export function describeWithSharedData(name: string, body: () => void): void {
  if (hasSharedData) {
    describe(name, body);
    return;
  }
  process.stderr.write(`${name}: skipped, ${SHARED_DATA} is absent (it sits beside the repository on the team's machines).\n`);
  describe.skip(`${name} (skipped: ../shared/data is absent)`, body);
}
