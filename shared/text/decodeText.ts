/**
 * Turns the bytes of a text file into a string, recognising the encodings that Excel and older Macs write CSV files
 * in; the host supplies the decoder (iconv-lite in the command line, TextDecoder in the task panes).
 */
import { plausibility } from "./plausibility";

/** Every encoding the detection can choose; iconv-lite and the WHATWG TextDecoder both know these names. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "macintosh" | "windows-1251" | "windows-1256";

/** What the host decodes with: bytes in a named encoding to text (a leading byte order mark dropped), and a strict UTF-8 check. */
export interface Decoder {
  decode(bytes: Uint8Array, encoding: Encoding): string;
  isUtf8(bytes: Uint8Array): boolean;
}

export interface DecodedText {
  readonly text: string;
  /** The encoding that was used. */
  readonly encoding: Encoding;
}

/**
 * Single-byte code pages tried when the bytes are not UTF-8, in tie-break order: Windows "ANSI" Western first
 * because Excel on Windows writes it, then Mac Roman (old Mac Excel), then the Cyrillic and Arabic ANSI pages.
 */
const SINGLE_BYTE: readonly Encoding[] = ["windows-1252", "macintosh", "windows-1251", "windows-1256"];

/** CR-only line ends are the mark of classic Mac OS, whose Excel wrote CSV files in Mac Roman. */
const crOnlyLineEnds = (data: Uint8Array): boolean => data.includes(0x0d) && !data.includes(0x0a);

/** UTF-16 by its byte order mark or, without one, by a zero byte beside nearly every ASCII character. */
export function detectUtf16(data: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  const sample = Math.min(data.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (data[i] === 0) evenZeros++;
    if (data[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

export function decodeText(data: Uint8Array, decoder: Decoder): DecodedText {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: decoder.decode(data.subarray(3), "utf-8"), encoding: "utf-8" };
  const utf16 = detectUtf16(data);
  if (utf16) return { text: decoder.decode(data, utf16), encoding: utf16 };
  if (decoder.isUtf8(data)) return { text: decoder.decode(data, "utf-8"), encoding: "utf-8" };
  const order = crOnlyLineEnds(data) ? ["macintosh" as const, ...SINGLE_BYTE.filter((e) => e !== "macintosh")] : SINGLE_BYTE;
  let best: DecodedText | undefined;
  let bestScore = -Infinity;
  for (const encoding of order) {
    const text = decoder.decode(data, encoding);
    const score = plausibility(text);
    if (score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  return best as DecodedText;
}
