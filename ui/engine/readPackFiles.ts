/** The pack check in a worker: each picked file read with the shared reader (an unreadable one says why), then checked. */
import { checkPacks, type PacksCheck } from "../../shared/flows";
import type { Engine } from "../host";
import { readImportBytes } from "../files/readImportBytes";

export async function readPackFiles(req: Parameters<Engine["checkPacks"]>[0]): Promise<PacksCheck | null> {
  const packs = await Promise.all(req.packs.map(async ({ file, bytes }) => {
    try {
      return await readImportBytes(file, new Uint8Array(bytes), req.lang);
    } catch (e) {
      return { file, message: e instanceof Error ? e.message : String(e) };
    }
  }));
  return checkPacks(req.workbook, packs, { now: req.now, lang: req.lang });
}
