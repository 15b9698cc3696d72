/** The command line's Inflater: node:zlib, streaming big worksheets in 1 MB chunks. */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { Inflater } from "../../shared/xlsx/zip";

export const zlibInflater: Inflater = {
  inflateRaw: (bytes) => inflateRawSync(bytes),
  inflateRawChunks(bytes) {
    const inflate = createInflateRaw({ chunkSize: 1 << 20 });
    inflate.end(bytes);
    return inflate;
  },
};
