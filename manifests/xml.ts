/**
 * The repository's one strict XML 1.0 parser with namespaces: the add-in manifests' offline checks
 * (checkManifest.ts) and the Word fake's reading of the OOXML handed to `insertOoxml` (test/fakes/word/ooxml.ts)
 * both use it. No dependency and no Node or DOM API: it runs in Node and, inside the Word fake, in the browser.
 *
 * Anything not well-formed, or not namespace-well-formed, is an `XmlError` whose message ends in "at line:column":
 * a character outside XML 1.0, a malformed name, an "&" starting no reference, an unknown entity, a character
 * reference to no XML character, "<" in an attribute value, an unquoted or repeated attribute (also one expanded
 * name through two prefixes), an undeclared or wrongly bound prefix, unbalanced or crossed tags, a second root,
 * text outside the root, "]]>" in text, "--" in a comment, a misplaced or malformed XML declaration, a processing
 * instruction named xml. A DOCTYPE is refused (neither manifests nor OOXML have one), so the only entities are
 * the predefined ones. As XML 1.0 requires, line ends become "\n" and an attribute value's literal tabs and line
 * ends become spaces (those written as character references stay).
 */

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface XmlText {
  readonly kind: "text";
  readonly text: string;
}

export interface XmlElement {
  readonly kind: "element";
  /** The qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  /** The namespace URI ("" for none) and the local name. */
  readonly ns: string;
  readonly local: string;
  /** Attributes by qualified name as written, namespace declarations included, values decoded; see `attribute`. */
  readonly attributes: ReadonlyMap<string, string>;
  /** The prefixes in scope ("" for the default namespace) and their URIs. */
  readonly namespaces: ReadonlyMap<string, string>;
  /** The child elements. */
  readonly children: readonly XmlElement[];
  /** The child elements and character data in document order (adjacent text, CDATA and references make one node). */
  readonly nodes: readonly XmlNode[];
  /** The element's own character data (not its descendants'), references decoded. */
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

export class XmlError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(`${message} at ${line}:${column}`);
    this.name = "XmlError";
    this.line = line;
    this.column = column;
  }
}

/** The value of the attribute with this namespace URI ("" for an unprefixed attribute) and local name, or null. */
export function attribute(element: XmlElement, ns: string, local: string): string | null {
  if (ns === "") return local === "xmlns" ? null : (element.attributes.get(local) ?? null);
  for (const [name, value] of element.attributes) {
    const colon = name.indexOf(":");
    if (colon > 0 && name.slice(colon + 1) === local && element.namespaces.get(name.slice(0, colon)) === ns) return value;
  }
  return null;
}

/** The element's children with the given qualified name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Every element under (and including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = [element];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i] as XmlElement);
  }
  return found;
}

/** XML 1.0 (fifth edition) names, without the colon: namespaces give it its meaning. */
const NAME_START = "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NCNAME = `[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`;
const QNAME = new RegExp(`${NCNAME}(?::${NCNAME})?`, "uy");
const PI_TARGET = new RegExp(NCNAME, "uy");
/** Anything but the characters XML 1.0 allows (so lone surrogates, U+FFFE, U+FFFF and the C0 controls but tab, LF, CR). */
const INVALID_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][-\w.]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(yes|no)\5)?[ \t\n]*$/;
const INITIAL_SCOPE: ReadonlyMap<string, string> = new Map([["xml", XML_NS], ["xmlns", XMLNS_NS]]);

/** An element whose end tag is still to come, with the character data not yet in `nodes` and all of it so far. */
type Open = Omit<XmlElement, "kind" | "children" | "nodes" | "text"> & {
  readonly kind: "open";
  readonly start: number;
  readonly children: XmlElement[];
  readonly nodes: XmlNode[];
  pending: string;
  own: string;
};

/** Parses a document; returns its root element. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    const lines = text.slice(0, at).split("\n");
    throw new XmlError(message, lines.length, [...(lines.at(-1) as string)].length + 1);
  };
  const bad = INVALID_CHAR.exec(text);
  if (bad) fail(`character not allowed in XML (U+${(bad[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")})`, bad.index);

  const skipSpace = (): boolean => {
    const start = pos;
    while (text[pos] === " " || text[pos] === "\t" || text[pos] === "\n") pos++;
    return pos > start;
  };
  const expect = (literal: string): void => {
    if (!text.startsWith(literal, pos)) fail(`expected "${literal}"`);
    pos += literal.length;
  };
  const readName = (pattern = QNAME): string => {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (!match) return fail("expected a name");
    pos += match[0].length;
    return match[0];
  };
  const until = (end: string, what: string, start = pos): string => {
    const stop = text.indexOf(end, pos);
    if (stop < 0) fail(`unterminated ${what}`, start);
    const body = text.slice(pos, stop);
    pos = stop + end.length;
    return body;
  };
  const decode = (raw: string, at: number, inAttribute: boolean): string => {
    if (!raw.includes("&") && !(inAttribute && /[\t\n]/.test(raw))) return raw;
    return raw.replace(inAttribute ? /&([^;&\s]*);?|[\t\n]/g : /&([^;&\s]*);?/g, (whole, ref: string | undefined, offset: number) => {
      if (ref === undefined) return " ";
      if (!whole.endsWith(";")) return fail('"&" must start an entity reference such as &amp;', at + offset);
      const entity = ENTITIES[ref];
      if (entity !== undefined) return entity;
      const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
      if (Number.isNaN(code)) return fail(`unknown entity &${ref};`, at + offset);
      if (code > 0x10ffff || INVALID_CHAR.test(String.fromCodePoint(code))) return fail(`the character reference &${ref}; is not an XML character`, at + offset);
      return String.fromCodePoint(code);
    });
  };
  /** A comment or processing instruction, allowed anywhere outside tags; true if one was consumed. */
  const skipMisc = (): boolean => {
    const start = pos;
    if (text.startsWith("<!--", pos)) {
      pos += 4;
      const body = until("-->", "comment", start);
      if (body.includes("--") || body.endsWith("-")) fail('"--" is not allowed inside a comment', start);
      return true;
    }
    if (!text.startsWith("<?", pos)) return false;
    pos += 2;
    const target = readName(PI_TARGET);
    if (target.toLowerCase() === "xml") fail("the XML declaration must come first, and no processing instruction may be named xml", start);
    if (!skipSpace() && !text.startsWith("?>", pos)) fail("expected whitespace after the processing instruction's target");
    until("?>", "processing instruction", start);
    return true;
  };

  /** The namespace URI of a qualified name, failing if its prefix is not declared. */
  const resolve = (name: string, scope: ReadonlyMap<string, string>, isAttribute: boolean, at: number): string => {
    const colon = name.indexOf(":");
    if (colon < 0) return isAttribute ? "" : (scope.get("") ?? "");
    const prefix = name.slice(0, colon);
    if (!isAttribute && prefix === "xmlns") fail(`the prefix "xmlns" cannot name an element`, at);
    const ns = scope.get(prefix);
    return ns ?? fail(`undeclared namespace prefix "${prefix}"`, at);
  };

  /** Reads a start tag at "<"; returns the element if it is empty, else what is open. */
  const startTag = (parent: Open | undefined): XmlElement | Open => {
    const start = pos;
    pos++;
    const name = readName();
    const attributes = new Map<string, string>();
    const attributeAt = new Map<string, number>();
    for (;;) {
      const spaced = skipSpace();
      if (text.startsWith("/>", pos) || text[pos] === ">") break;
      if (pos >= text.length) fail(`unterminated start tag <${name}>`, start);
      if (!spaced) fail("expected whitespace before an attribute");
      const at = pos;
      const attr = readName();
      skipSpace();
      expect("=");
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail("attribute values must be quoted");
      pos++;
      const valueAt = pos;
      const raw = until(quote as string, "attribute value", at);
      if (raw.includes("<")) fail('"<" is not allowed in an attribute value', valueAt + raw.indexOf("<"));
      if (attributes.has(attr)) fail(`duplicate attribute "${attr}"`, at);
      attributes.set(attr, decode(raw, valueAt, true));
      attributeAt.set(attr, at);
    }

    const inherited = parent?.namespaces ?? INITIAL_SCOPE;
    let namespaces = inherited;
    for (const [attr, value] of attributes) {
      if (attr !== "xmlns" && !attr.startsWith("xmlns:")) continue;
      const prefix = attr === "xmlns" ? "" : attr.slice(6);
      const at = attributeAt.get(attr) as number;
      if (prefix === "xmlns" || value === XMLNS_NS) fail(`"${attr}" may not declare the xmlns namespace or prefix`, at);
      if ((prefix === "xml") !== (value === XML_NS)) fail(`the prefix "xml" and only it is bound to ${XML_NS}`, at);
      if (prefix !== "" && value === "") fail(`the prefix "${prefix}" cannot be undeclared`, at);
      if (namespaces === inherited) namespaces = new Map(inherited);
      (namespaces as Map<string, string>).set(prefix, value);
    }
    const ns = resolve(name, namespaces, false, start);
    const expanded = new Map<string, string>();
    for (const attr of attributes.keys()) {
      const colon = attr.indexOf(":");
      if (colon < 0 || attr.startsWith("xmlns:")) continue;
      const key = `{${resolve(attr, namespaces, true, attributeAt.get(attr) as number)}}${attr.slice(colon + 1)}`;
      const same = expanded.get(key);
      if (same !== undefined) fail(`duplicate attribute "${attr}" (the same as "${same}")`, attributeAt.get(attr));
      expanded.set(key, attr);
    }

    const open: Open = { kind: "open", name, start, ns, local: name.slice(name.indexOf(":") + 1), attributes, namespaces, children: [], nodes: [], pending: "", own: "" };
    if (text[pos] === ">") {
      pos++;
      return open;
    }
    pos += 2;
    return close(open);
  };
  const close = (open: Open): XmlElement => {
    flush(open);
    const { name, ns, local, attributes, namespaces, children, nodes, own } = open;
    return { kind: "element", name, ns, local, attributes, namespaces, children, nodes, text: own };
  };
  const adopt = (parent: Open, element: XmlElement): void => {
    parent.children.push(element);
    parent.nodes.push(element);
  };
  const flush = (open: Open): void => {
    if (open.pending === "") return;
    open.nodes.push({ kind: "text", text: open.pending });
    open.own += open.pending;
    open.pending = "";
  };

  if (text.startsWith("<?xml") && /[ \t\n?]/.test(text[5] ?? "")) {
    if (!DECLARATION.test(until("?>", "XML declaration"))) fail("malformed XML declaration: version, then encoding and standalone if at all", 0);
  }
  while (skipSpace() || skipMisc());
  if (text.startsWith("<!", pos)) fail("declarations such as DOCTYPE are not allowed");
  if (text[pos] !== "<") fail("expected the root element");

  let root = startTag(undefined);
  const stack: Open[] = [];
  if (root.kind !== "element") stack.push(root);
  for (let current = stack.at(-1); current !== undefined; current = stack.at(-1)) {
    if (pos >= text.length) fail(`<${current.name}> is not closed`, current.start);
    if (text[pos] !== "<") {
      const at = pos;
      const next = text.indexOf("<", pos);
      const raw = text.slice(pos, next < 0 ? text.length : next);
      if (raw.includes("]]>")) fail('"]]>" is not allowed in text', at + raw.indexOf("]]>"));
      pos += raw.length;
      current.pending += decode(raw, at, false);
    } else if (text.startsWith("</", pos)) {
      const at = pos;
      pos += 2;
      const name = readName();
      if (name !== current.name) fail(`</${name}> closes <${current.name}>`, at);
      skipSpace();
      expect(">");
      stack.pop();
      const element = close(current);
      const parent = stack.at(-1);
      if (parent === undefined) root = element;
      else adopt(parent, element);
    } else if (text.startsWith("<![CDATA[", pos)) {
      const at = pos;
      pos += 9;
      current.pending += until("]]>", "CDATA section", at);
    } else if (skipMisc()) {
      continue;
    } else if (text.startsWith("<!", pos)) {
      fail("declarations such as DOCTYPE are not allowed here");
    } else {
      flush(current);
      const child = startTag(current);
      if (child.kind === "element") adopt(current, child);
      else stack.push(child);
    }
  }
  while (skipSpace() || skipMisc());
  if (pos < text.length) fail("content after the root element");
  return root as XmlElement;
}
