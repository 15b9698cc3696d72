/** A small, fast, chunk-friendly XML tokenizer for the machine-written parts of an .xlsx package. */
import { utf8Decoder } from "./utf8";

/** Receives tags and text in document order; names have their namespace prefix removed ("x:row" → "row"). */
export interface XmlSink {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
}

/** The XML is malformed; readXlsxBytes turns this into "input.corrupt". */
export class XmlFormatError extends Error {}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, name: string) => {
    if (name.charCodeAt(0) === 35) {
      const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

const localName = (qualified: string): string => {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

/**
 * A tag's attributes as [name, value, name, value…] with namespace prefixes removed from names ("r:id" → "id")
 * and entities decoded; one pass over the text, because worksheets have millions of tags.
 */
export function attributePairs(raw: string): string[] {
  const pairs: string[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const equals = raw.indexOf("=", i);
    if (equals < 0) break;
    let quoteAt = equals + 1;
    while (quoteAt < n && raw.charCodeAt(quoteAt) !== 34 && raw.charCodeAt(quoteAt) !== 39) quoteAt++;
    const close = raw.indexOf(raw[quoteAt] ?? '"', quoteAt + 1);
    if (close < 0) break;
    const qualified = raw.slice(i, equals).trim();
    pairs.push(localName(qualified), decodeEntities(raw.slice(quoteAt + 1, close)));
    i = close + 1;
  }
  return pairs;
}

/** One attribute's decoded value, looked up by its name without namespace prefix. */
export function attribute(raw: string, name: string): string | undefined {
  const pairs = attributePairs(raw);
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === name) return pairs[i + 1];
  return undefined;
}

/** End of a start tag at or after `from`, skipping '>' inside quoted attribute values; -1 if the tag is not complete yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/**
 * Feeds the complete tokens of `s` to the sink and returns how many characters were consumed; the caller keeps
 * the rest and prepends it to the next chunk. With `final`, everything must be consumed.
 */
export function scanXml(s: string, sink: XmlSink, final: boolean): number {
  let i = 0;
  const n = s.length;
  for (;;) {
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      if (!final) return i;
      if (i < n) sink.text(decodeEntities(s.slice(i)));
      return n;
    }
    if (lt > i) sink.text(decodeEntities(s.slice(i, lt)));
    i = lt;
    const next = s.charCodeAt(lt + 1);
    let end: number;
    if (next === 47) {
      // </name>
      end = s.indexOf(">", lt);
      if (end < 0) break;
      sink.close(localName(s.slice(lt + 2, end).trim()));
    } else if (next === 33) {
      if (s.startsWith("<!--", lt)) {
        end = s.indexOf("-->", lt + 4);
        if (end < 0) break;
        end += 2;
      } else if (s.startsWith("<![CDATA[", lt)) {
        end = s.indexOf("]]>", lt + 9);
        if (end < 0) break;
        sink.text(s.slice(lt + 9, end));
        end += 2;
      } else {
        end = s.indexOf(">", lt);
        if (end < 0) break;
      }
    } else if (next === 63) {
      end = s.indexOf("?>", lt);
      if (end < 0) break;
      end += 1;
    } else {
      if (lt + 1 >= n) break;
      end = tagEnd(s, lt + 1);
      if (end < 0) break;
      const selfClosing = s.charCodeAt(end - 1) === 47;
      const inner = s.slice(lt + 1, selfClosing ? end - 1 : end);
      let nameEnd = 0;
      while (nameEnd < inner.length) {
        const c = inner.charCodeAt(nameEnd);
        if (c === 32 || c === 9 || c === 10 || c === 13) break;
        nameEnd++;
      }
      if (nameEnd === 0) throw new XmlFormatError(`malformed tag at character ${lt}`);
      sink.open(localName(inner.slice(0, nameEnd)), inner.slice(nameEnd), selfClosing);
    }
    i = end + 1;
  }
  if (final) throw new XmlFormatError("the XML ends inside a tag");
  return i;
}

/** Passes events on while counting open elements, so a document that stops early is noticed at its end. */
class BalanceCheck implements XmlSink {
  depth = 0;
  constructor(private readonly sink: XmlSink) {}
  open(name: string, attributes: string, selfClosing: boolean): void {
    if (!selfClosing) this.depth++;
    this.sink.open(name, attributes, selfClosing);
  }
  close(name: string): void {
    if (--this.depth < 0) throw new XmlFormatError(`unexpected </${name}>`);
    this.sink.close(name);
  }
  text(value: string): void {
    this.sink.text(value);
  }
  end(): void {
    if (this.depth !== 0) throw new XmlFormatError(`the XML ends with ${this.depth} element(s) still open`);
  }
}

/** Scans a whole part held in one buffer. */
export function scanXmlBytes(data: Uint8Array, sink: XmlSink): void {
  const checked = new BalanceCheck(sink);
  scanXml(utf8Decoder().decode(data), checked, true);
  checked.end();
}

/** Scans a part arriving in chunks; UTF-8 sequences split across chunks are joined by the TextDecoder. */
export async function scanXmlChunks(chunks: AsyncIterable<Uint8Array>, sink: XmlSink): Promise<void> {
  const checked = new BalanceCheck(sink);
  const decoder = utf8Decoder();
  let carry = "";
  for await (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    carry = text.slice(scanXml(text, checked, false));
  }
  scanXml(carry + decoder.decode(), checked, true);
  checked.end();
}
