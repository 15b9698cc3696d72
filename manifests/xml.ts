/**
 * A strict, small XML parser for the manifest checks: the repository has no XML library and the official
 * validator needs the internet. It accepts the XML 1.0 subset manifests use (declaration, comments,
 * processing instructions, CDATA, the predefined and numeric entities, namespaces) and rejects everything
 * else with a line:column message, including a DOCTYPE, which a manifest has no use for.
 */
export interface XmlElement {
  /** The qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own character data (not its descendants'), entities decoded. */
  readonly text: string;
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export class XmlError extends Error {}

export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, "");
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    const before = text.slice(0, at).split("\n");
    throw new XmlError(`${message} at ${before.length}:${(before.at(-1)?.length ?? 0) + 1}`);
  };
  const skipSpace = (): boolean => {
    const start = pos;
    while (pos < text.length && " \t\r\n".includes(text[pos] as string)) pos++;
    return pos > start;
  };
  const expect = (literal: string): void => {
    if (!text.startsWith(literal, pos)) fail(`expected "${literal}"`);
    pos += literal.length;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(text);
    if (!match) return fail("expected a name");
    pos += match[0].length;
    return match[0];
  };
  const until = (end: string, what: string): string => {
    const stop = text.indexOf(end, pos);
    if (stop < 0) fail(`unterminated ${what}`);
    const body = text.slice(pos, stop);
    pos = stop + end.length;
    return body;
  };
  const decode = (raw: string, at: number): string => {
    const bad = INVALID_CHAR.exec(raw);
    if (bad) fail("character not allowed in XML", at + bad.index);
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(";")) return fail('"&" must start an entity reference such as &amp;', at + offset);
      if (ref in ENTITIES) return ENTITIES[ref] as string;
      const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff || INVALID_CHAR.test(String.fromCodePoint(code))) return fail(`unknown entity &${ref};`, at + offset);
      return String.fromCodePoint(code);
    });
  };
  /** Comments and processing instructions, allowed anywhere outside tags; true if one was consumed. */
  const skipMisc = (): boolean => {
    if (text.startsWith("<!--", pos)) {
      const start = pos;
      pos += 4;
      const body = until("-->", "comment");
      if (body.includes("--") || body.endsWith("-")) fail('"--" is not allowed inside a comment', start);
      return true;
    }
    if (text.startsWith("<?", pos)) {
      pos += 2;
      if (readName().toLowerCase() === "xml") fail("the XML declaration must come first", pos - 3);
      until("?>", "processing instruction");
      return true;
    }
    return false;
  };

  type Scope = ReadonlySet<string>;
  const checkPrefix = (name: string, scope: Scope, at: number): void => {
    const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
    if (prefix !== null && prefix !== "xml" && prefix !== "xmlns" && !scope.has(prefix)) fail(`undeclared namespace prefix "${prefix}"`, at);
  };

  const readElement = (outer: Scope): XmlElement => {
    const start = pos;
    expect("<");
    const name = readName();
    const attributes = new Map<string, string>();
    for (;;) {
      const spaced = skipSpace();
      if (text.startsWith("/>", pos) || text.startsWith(">", pos)) break;
      if (!spaced) fail("expected whitespace before an attribute");
      const attrAt = pos;
      const attr = readName();
      skipSpace();
      expect("=");
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail("attribute values must be quoted");
      pos++;
      const valueAt = pos;
      const raw = until(quote as string, "attribute value");
      if (raw.includes("<")) fail('"<" is not allowed in an attribute value', valueAt);
      if (attributes.has(attr)) fail(`duplicate attribute "${attr}"`, attrAt);
      attributes.set(attr, decode(raw, valueAt));
    }
    const scope = new Set(outer);
    for (const attr of attributes.keys()) if (attr.startsWith("xmlns:")) scope.add(attr.slice(6));
    checkPrefix(name, scope, start);
    for (const attr of attributes.keys()) checkPrefix(attr, scope, start);

    const children: XmlElement[] = [];
    let own = "";
    if (text.startsWith("/>", pos)) {
      pos += 2;
      return { name, attributes, children, text: own };
    }
    pos++;
    for (;;) {
      if (pos >= text.length) fail(`<${name}> is not closed`, start);
      if (text.startsWith("</", pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        expect(">");
        return { name, attributes, children, text: own };
      }
      if (text.startsWith("<![CDATA[", pos)) {
        pos += 9;
        own += until("]]>", "CDATA section");
      } else if (skipMisc()) {
        continue;
      } else if (text.startsWith("<!", pos)) {
        fail("declarations such as DOCTYPE are not allowed here");
      } else if (text[pos] === "<") {
        children.push(readElement(scope));
      } else {
        const at = pos;
        const next = text.indexOf("<", pos);
        const raw = text.slice(pos, next < 0 ? text.length : next);
        if (raw.includes("]]>")) fail('"]]>" is not allowed in text', at + raw.indexOf("]]>"));
        pos += raw.length;
        own += decode(raw, at);
      }
    }
  };

  if (text.startsWith("<?xml", pos) && /\s/.test(text[pos + 5] ?? "")) {
    const declaration = until("?>", "XML declaration");
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]\1/.test(declaration)) fail("the XML declaration must start with version", 0);
  }
  while (skipSpace() || skipMisc());
  if (text.startsWith("<!", pos)) fail("declarations such as DOCTYPE are not allowed");
  if (text[pos] !== "<") fail("expected the root element");
  const root = readElement(new Set());
  while (skipSpace() || skipMisc());
  if (pos < text.length) fail("content after the root element");
  return root;
}

/** The element's children with the given qualified name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Every element under (and including) `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
