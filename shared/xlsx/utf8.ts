/** UTF-8 decoding with the platform's TextDecoder, which browsers and Node provide but the core's ES2022 types do not declare. */

export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type DecoderClass = new (label: string) => Utf8Decoder;

/** A fresh decoder, so a streaming decode keeps its own state; Apps Script has no TextDecoder, but never reads .xlsx bytes. */
export function utf8Decoder(): Utf8Decoder {
  const Decoder = (globalThis as unknown as { TextDecoder?: DecoderClass }).TextDecoder;
  if (Decoder === undefined) throw new Error("this platform has no TextDecoder to read UTF-8 text");
  return new Decoder("utf-8");
}
