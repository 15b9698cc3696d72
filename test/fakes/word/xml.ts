/**
 * A small, strict XML 1.0 parser with namespaces, for the OOXML the Word fake is handed (`insertOoxml`). It runs in
 * Node and in the browser alike (no DOMParser, no dependency). Anything not well-formed is an `XmlError`: characters
 * outside XML 1.0, unbalanced or crossed tags, a second root, an unknown entity, `<` in an attribute value, a repeated
 * attribute, an undeclared prefix. A DOCTYPE is refused (OOXML never has one).
 */

export class XmlError extends Error {}

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface XmlText {
  readonly kind: "text";
  readonly text: string;
}

export interface XmlElement {
  readonly kind: "element";
  /** The namespace URI ("" for none) and local name. */
  readonly ns: string;
  readonly local: string;
  /** Attributes by "{ns}local" ("local" alone for an unprefixed attribute), values decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | XmlText;

/** The value of an attribute in a namespace ("" for an unprefixed one), or null. */
export const attribute = (element: XmlElement, ns: string, local: string): string | null =>
  element.attributes.get(ns === "" ? local : `{${ns}}${local}`) ?? null;

export const elementsOf = (element: XmlElement): XmlElement[] => element.children.filter((c): c is XmlElement => c.kind === "element");

/** Characters XML 1.0 allows (lone surrogates, U+FFFE/U+FFFF and the C0 controls but tab, LF, CR are not). */
const INVALID_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = /^[A-Za-z_:\u00C0-\u02FF\u0370-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][-.0-9A-Za-z_:\u00B7\u00C0-\u02FF\u0300-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;&<]*);?/g, (match, body: string) => {
    if (!match.endsWith(";")) throw new XmlError(`An "&" in ${where} starts no entity.`);
    if (body in PREDEFINED) return PREDEFINED[body]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] !== undefined ? parseInt(body.slice(2), 16) : /^#([0-9]+)$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    if (Number.isNaN(code)) throw new XmlError(`Unknown entity "&${body};" in ${where}.`);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFF";
    if (INVALID_CHAR.test(char)) throw new XmlError(`The character reference "&${body};" in ${where} is not an XML character.`);
    return char;
  });
}

interface Open {
  readonly qname: string;
  readonly attrs: [string, string][];
  readonly scope: ReadonlyMap<string, string>;
  readonly children: XmlNode[];
}

function resolve(qname: string, scope: ReadonlyMap<string, string>, isAttribute: boolean): { ns: string; local: string } {
  const colon = qname.indexOf(":");
  if (colon < 0) return { ns: isAttribute ? "" : (scope.get("") ?? ""), local: qname };
  const prefix = qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  if (local === "" || local.includes(":")) throw new XmlError(`"${qname}" is not a qualified name.`);
  const ns = scope.get(prefix);
  if (ns === undefined) throw new XmlError(`The prefix "${prefix}" of "${qname}" is not declared.`);
  return { ns, local };
}

function close(open: Open): XmlElement {
  const { ns, local } = resolve(open.qname, open.scope, false);
  const attributes = new Map<string, string>();
  for (const [qname, value] of open.attrs) {
    if (qname === "xmlns" || qname.startsWith("xmlns:")) continue;
    const a = resolve(qname, open.scope, true);
    const key = a.ns === "" ? a.local : `{${a.ns}}${a.local}`;
    if (attributes.has(key)) throw new XmlError(`The attribute "${qname}" is repeated on <${open.qname}>.`);
    attributes.set(key, value);
  }
  return { kind: "element", ns, local, attributes, children: open.children };
}

/** Parses a document; returns its root element. */
export function parseXml(source: string): XmlElement {
  const bad = INVALID_CHAR.exec(source);
  if (bad !== null) throw new XmlError(`U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML 1.0.`);
  let at = source.startsWith("\uFEFF") ? 1 : 0;
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  const top = (): Open | undefined => stack[stack.length - 1];
  const expect = (token: string, what: string): number => {
    const end = source.indexOf(token, at);
    if (end < 0) throw new XmlError(`Unterminated ${what}.`);
    return end;
  };

  if (source.startsWith("<?xml", at) && /\s/.test(source[at + 5] ?? "")) {
    const end = expect("?>", "XML declaration");
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][-\w.]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(source.slice(at, end))) {
      throw new XmlError("The XML declaration is malformed.");
    }
    at = end + 2;
  }

  while (at < source.length) {
    const lt = source.indexOf("<", at);
    const text = source.slice(at, lt < 0 ? source.length : lt);
    if (text !== "") {
      if (text.includes("]]>")) throw new XmlError('"]]>" may not appear in text.');
      const current = top();
      if (current === undefined) {
        if (text.trim() !== "") throw new XmlError("Text outside the root element.");
      } else current.children.push({ kind: "text", text: decode(text, "text") });
    }
    if (lt < 0) break;
    at = lt;
    if (source.startsWith("<!--", at)) {
      at += 4;
      const end = expect("-->", "comment");
      if (source.slice(at, end).includes("--") || source[end - 1] === "-") throw new XmlError('"--" inside a comment.');
      at = end + 3;
    } else if (source.startsWith("<![CDATA[", at)) {
      const current = top();
      if (current === undefined) throw new XmlError("CDATA outside the root element.");
      at += 9;
      const end = expect("]]>", "CDATA section");
      current.children.push({ kind: "text", text: source.slice(at, end) });
      at = end + 3;
    } else if (source.startsWith("<?", at)) {
      at += 2;
      const target = NAME.exec(source.slice(at))?.[0];
      if (target === undefined || target.toLowerCase() === "xml") throw new XmlError("A processing instruction has no valid target.");
      at = expect("?>", "processing instruction") + 2;
    } else if (source.startsWith("<!", at)) {
      throw new XmlError("A DOCTYPE or other declaration is not accepted.");
    } else if (source.startsWith("</", at)) {
      at += 2;
      const name = NAME.exec(source.slice(at))?.[0];
      const open = stack.pop();
      if (name === undefined || open === undefined || open.qname !== name) throw new XmlError(`</${name ?? ""}> closes ${open === undefined ? "nothing" : `<${open.qname}>`}.`);
      at += name.length;
      while (/\s/.test(source[at] ?? "")) at++;
      if (source[at] !== ">") throw new XmlError(`Malformed end tag </${name}>.`);
      at++;
      const element = close(open);
      const parent = top();
      if (parent === undefined) root = element;
      else parent.children.push(element);
    } else {
      at++;
      if (root !== null) throw new XmlError("A second root element.");
      const qname = NAME.exec(source.slice(at))?.[0];
      if (qname === undefined) throw new XmlError('A "<" starts no tag.');
      at += qname.length;
      const attrs: [string, string][] = [];
      let selfClosing = false;
      for (;;) {
        const spaced = /\s/.test(source[at] ?? "");
        while (/\s/.test(source[at] ?? "")) at++;
        if (source.startsWith("/>", at)) {
          selfClosing = true;
          at += 2;
          break;
        }
        if (source[at] === ">") {
          at++;
          break;
        }
        const name = NAME.exec(source.slice(at))?.[0];
        if (name === undefined || !spaced) throw new XmlError(`Malformed start tag <${qname}>.`);
        at += name.length;
        const eq = /^\s*=\s*(["'])/.exec(source.slice(at));
        if (eq === null) throw new XmlError(`The attribute "${name}" of <${qname}> has no quoted value.`);
        at += eq[0].length;
        const end = expect(eq[1]!, "attribute value");
        const raw = source.slice(at, end);
        if (raw.includes("<")) throw new XmlError(`"<" in the value of "${name}".`);
        if (attrs.some(([n]) => n === name)) throw new XmlError(`The attribute "${name}" is repeated on <${qname}>.`);
        attrs.push([name, decode(raw, `the value of "${name}"`).replace(/[\t\n\r]/g, " ")]);
        at = end + 1;
      }
      const scope = new Map(top()?.scope ?? [["xml", XML_NS]]);
      for (const [name, value] of attrs) {
        if (name === "xmlns") scope.set("", value);
        else if (name.startsWith("xmlns:")) {
          if (value === "" || value === XMLNS_NS) throw new XmlError(`The namespace declaration "${name}" is not allowed.`);
          scope.set(name.slice(6), value);
        }
      }
      const open: Open = { qname, attrs, scope, children: [] };
      if (selfClosing) {
        const element = close(open);
        const parent = top();
        if (parent === undefined) root = element;
        else parent.children.push(element);
      } else stack.push(open);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${top()!.qname}> is never closed.`);
  if (root === null) throw new XmlError("No root element.");
  return root;
}
