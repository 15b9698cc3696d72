/** The command line's Decoder: iconv-lite for every code page, node:buffer's strict UTF-8 check. */
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { Decoder } from "../../shared/text/decodeText";

export const iconvDecoder: Decoder = {
  // iconv-lite drops a leading byte order mark by default.
  decode: (bytes, encoding) => iconv.decode(bytes, encoding),
  isUtf8: (bytes) => isUtf8(bytes),
};
