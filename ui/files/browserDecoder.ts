/** The task panes' Decoder: the browser's own TextDecoder, which knows every encoding the detection chooses (WHATWG Encoding). */
import type { Decoder } from "../../shared/text/decodeText";

export const browserDecoder: Decoder = {
  // TextDecoder drops a leading byte order mark unless told to keep it, and puts U+FFFD for bytes the encoding lacks.
  decode: (bytes, encoding) => new TextDecoder(encoding).decode(bytes),
  isUtf8(bytes) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  },
};
