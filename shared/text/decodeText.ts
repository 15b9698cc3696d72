/** Turns the bytes of a text file into a string, recognising the encodings that Excel and older Macs write CSV files in. */
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export interface DecodedText {
  readonly text: string;
  /** The encoding that was used, as an iconv-lite name ("utf-8", "utf-16le", "windows-1252", "macintosh"…). */
  readonly encoding: string;
}

/**
 * Single-byte code pages tried when the bytes are not UTF-8, in tie-break order: Windows "ANSI" Western first
 * because Excel on Windows writes it, then Mac Roman (old Mac Excel), then the Cyrillic and Arabic ANSI pages.
 */
const SINGLE_BYTE = ["windows-1252", "macintosh", "windows-1251", "windows-1256"] as const;

/** Punctuation that real text is full of and that a wrong code page rarely produces. */
const PLAUSIBLE_PUNCTUATION = new Set("’‘“”«»–—…•·°€\u00a0");
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const MARK = /\p{M}/u;

function script(char: string): string {
  if (/\p{Script=Latin}/u.test(char)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(char)) return "cyrillic";
  if (/\p{Script=Arabic}/u.test(char)) return "arabic";
  return "other";
}

/**
 * How much a decoding looks like real text, judged on its non-ASCII characters only (the code pages agree on
 * ASCII): letters that sit in words of their own script score, symbols and control characters cost, and so do
 * capitals inside words ("SÈnÈgal", "RÈunion") and runs of accented Latin letters ("Ïðèâåò"), which Western
 * languages do not have but wrongly decoded Cyrillic or Arabic does.
 */
export function plausibility(text: string): number {
  let score = 0;
  const nonAscii = /[^\x00-\x7f]/g;
  for (let match = nonAscii.exec(text); match !== null; match = nonAscii.exec(text)) {
    const at = match.index;
    const char = match[0];
    const before = text[at - 1] ?? " ";
    const after = text[at + 1] ?? " ";
    if (PLAUSIBLE_PUNCTUATION.has(char)) {
      // Inside a word only an apostrophe or a middle dot belongs ("don’t", "col·lecció"); "Espa–a" is Mac Roman read as Windows.
      score += LETTER.test(before) && LETTER.test(after) && char !== "’" && char !== "·" ? -1 : 1;
    } else if (LETTER.test(char)) {
      const own = script(char);
      const neighbours = [before, after].filter((c) => LETTER.test(c));
      if (neighbours.some((c) => script(c) !== own)) score -= 2;
      else if (UPPER.test(char) && (LOWER.test(before) || (LETTER.test(before) && LOWER.test(after)))) score -= 2;
      else if (own === "latin" && neighbours.length === 2 && neighbours.every((c) => c.charCodeAt(0) > 0x7f)) score -= 1;
      else score += 1;
    } else if (MARK.test(char) && LETTER.test(before) && script(before) === script(char)) {
      score += 1;
    } else {
      score -= 3;
    }
  }
  return score;
}

/** CR-only line ends are the mark of classic Mac OS, whose Excel wrote CSV files in Mac Roman. */
const crOnlyLineEnds = (data: Buffer): boolean => data.includes(0x0d) && !data.includes(0x0a);

/** UTF-16 by its byte order mark or, without one, by a zero byte beside nearly every ASCII character. */
export function detectUtf16(data: Buffer): "utf-16le" | "utf-16be" | undefined {
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

export function decodeText(data: Buffer): DecodedText {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: data.toString("utf8", 3), encoding: "utf-8" };
  const utf16 = detectUtf16(data);
  // iconv-lite drops a leading byte order mark by default.
  if (utf16) return { text: iconv.decode(data, utf16), encoding: utf16 };
  if (isUtf8(data)) return { text: data.toString("utf8"), encoding: "utf-8" };
  const order = crOnlyLineEnds(data) ? ["macintosh", ...SINGLE_BYTE.filter((e) => e !== "macintosh")] : [...SINGLE_BYTE];
  let best: DecodedText | undefined;
  let bestScore = -Infinity;
  for (const encoding of order) {
    const text = iconv.decode(data, encoding);
    const score = plausibility(text);
    if (score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  return best as DecodedText;
}
