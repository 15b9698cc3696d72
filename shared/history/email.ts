/**
 * A reminder as a ready-to-send message: an RFC 5322 .eml file (UTF-8, base64 body, RFC 2047 encoded-word
 * subject, "X-Unsent: 1" so Outlook opens it as a draft) or a mailto: link (RFC 6068). Nothing is sent.
 */
import { base64 } from "../text/base64";

export interface MessageParts {
  /** Addresses; may be empty: the person fills them in their mail program. */
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text with "\n" line ends. */
  readonly body: string;
}

export interface EmlParts extends MessageParts {
  /** ISO timestamp supplied by the host. */
  readonly date: string;
  readonly from?: string;
}


/** UTF-8 bytes of a string, by code point (the core has no TextEncoder). */
export function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/**
 * RFC 2047 encoded words, each at most 75 characters, split between characters (never inside one), folded
 * onto continuation lines. Plain ASCII subjects are left as they are.
 */
export function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = utf8(ch);
    // 39 bytes make 52 base64 characters: with "=?UTF-8?B?", "?=" and "Subject: " a line stays within 78.
    if (chunk.length + bytes.length > 39) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join("\r\n ");
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** "2026-03-01T09:00:00Z" → "Sun, 01 Mar 2026 09:00:00 +0000" (RFC 5322 date-time, in UTC). */
export function rfc5322Date(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0000`;
}

export function toEml(parts: EmlParts): string {
  const body = base64(utf8(parts.body.replace(/\r\n|\r|\n/g, "\r\n"))).replace(/.{76}/g, "$&\r\n").replace(/\r\n$/, "");
  const headers = [
    ...(parts.from ? [`From: ${parts.from}`] : []),
    // An empty To is not a valid header: the person adds the addresses in their mail program.
    ...(parts.to.length ? [`To: ${parts.to.join(", ")}`] : []),
    `Subject: ${encodeHeader(parts.subject)}`,
    `Date: ${rfc5322Date(parts.date)}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "X-Unsent: 1",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${body}\r\n`;
}

/** A mailto: link; line ends become %0D%0A as RFC 6068 asks. */
export function toMailto(parts: MessageParts): string {
  const enc = (s: string): string => encodeURIComponent(s);
  const body = parts.body.replace(/\r\n|\r|\n/g, "\r\n");
  return `mailto:${parts.to.map(enc).join(",")}?subject=${enc(parts.subject)}&body=${enc(body)}`;
}
