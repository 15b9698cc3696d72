/** The one strict XML parser (manifests' checks, the Word fake's OOXML): what it reads, and what it refuses where. */
import { attribute, childrenNamed, descendants, parseXml, XML_NS, XMLNS_NS, XmlError, type XmlElement } from "./xml";

/** The error parseXml throws for `xml`. */
function errorOf(xml: string): XmlError {
  try {
    parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
  throw new Error(`parsed: ${JSON.stringify(xml)}`);
}

const nodesOf = (el: XmlElement): string[] => el.nodes.map((node) => (node.kind === "text" ? JSON.stringify(node.text) : `<${node.name}>`));

describe("what the parser reads", () => {
  it("keeps qualified names as written, with their namespaces resolved, and the in-scope prefixes", () => {
    const root = parseXml('<a:r xmlns:a="urn:a" xmlns="urn:d"><b><c xmlns=""/><a:d xmlns:a="urn:other"/></b></a:r>');
    const b = root.children[0]!;
    expect([root.name, root.ns, root.local]).toEqual(["a:r", "urn:a", "r"]);
    expect([b.name, b.ns, b.local]).toEqual(["b", "urn:d", "b"]);
    expect(b.children.map((el) => [el.name, el.ns, el.local])).toEqual([["c", "", "c"], ["a:d", "urn:other", "d"]]);
    expect(Object.fromEntries(b.namespaces)).toEqual({ xml: XML_NS, xmlns: XMLNS_NS, a: "urn:a", "": "urn:d" });
  });

  it("keeps attributes by qualified name as written, and finds them by namespace", () => {
    const root = parseXml('<a xmlns="urn:d" xmlns:p="urn:p" xmlns:q="urn:q" x="1" p:x="2" xml:space="preserve"><b q:x="3"/></a>');
    expect([...root.attributes.keys()]).toEqual(["xmlns", "xmlns:p", "xmlns:q", "x", "p:x", "xml:space"]);
    expect([attribute(root, "", "x"), attribute(root, "urn:p", "x"), attribute(root, "urn:d", "x"), attribute(root, XML_NS, "space")]).toEqual(["1", "2", null, "preserve"]);
    expect([attribute(root, "", "xmlns"), attribute(root, XMLNS_NS, "q"), attribute(root.children[0]!, "urn:q", "x"), attribute(root.children[0]!, "", "x")]).toEqual([null, "urn:q", "3", null]);
  });

  it("decodes the predefined entities and character references, in text and in attribute values", () => {
    const root = parseXml(`<a x='1 &amp; &quot;2&quot; &apos;' y="&#x41;&#66;&lt;&gt;&#x1F600;">&lt;&#x41;&#66;&amp;&gt;&#128512;</a>`);
    expect([root.attributes.get("x"), root.attributes.get("y"), root.text]).toEqual(["1 & \"2\" '", "AB<>\u{1F600}", "<AB&>\u{1F600}"]);
  });

  it("keeps mixed content in order, each run of character data (text, CDATA, references, across comments) one node", () => {
    const root = parseXml("<a> x <b/>&lt;<![CDATA[<&>]]><!-- c -->y<?pi?> <c>in</c><d/></a>");
    expect(nodesOf(root)).toEqual(['" x "', "<b>", '"<<&>y "', "<c>", "<d>"]);
    expect(root.children.map((el) => el.name)).toEqual(["b", "c", "d"]);
    expect([root.text, root.children[1]!.text]).toEqual([" x <<&>y ", "in"]);
    expect(parseXml("<a></a>").nodes).toEqual([]);
  });

  it("normalises line ends, and an attribute value's literal whitespace but not its character references", () => {
    const root = parseXml('<a x="1\t2\r\n3\n4" y="1&#9;2&#10;3&#13;">l1\r\nl2\rl3<![CDATA[\r\n]]></a>');
    expect([root.attributes.get("x"), root.attributes.get("y"), root.text]).toEqual(["1 2 3 4", "1\t2\n3\r", "l1\nl2\nl3\n"]);
  });

  it("accepts a declaration, a byte order mark, comments and processing instructions around the root, spaces in tags, any XML name", () => {
    const xml = "\uFEFF<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<!-- c --><?mso-application progid=\"Word.Document\"?>\n" +
      "<é:Ünï.c-1 xmlns:é='urn:x'  a = \"1\" _b.\u00B7-2='2' ><x\u0300/></é:Ünï.c-1 >\n<!-- after --><?pi?>\n";
    const root = parseXml(xml);
    expect([root.name, root.ns, root.local, [...root.attributes.keys()], root.children[0]?.name]).toEqual(["é:Ünï.c-1", "urn:x", "Ünï.c-1", ["xmlns:é", "a", "_b.\u00B7-2"], "x\u0300"]);
    expect(parseXml('<?xml version="1.1"?><a/>').name).toBe("a");
    expect(parseXml("<?xml-stylesheet href='a'?><a><?xml-x?></a>").name).toBe("a");
  });

  it("lists children by qualified name, and descendants in document order", () => {
    const root = parseXml('<r xmlns:b="urn:b"><b:i n="1"><x/></b:i><i/><b:i n="2"/></r>');
    expect(childrenNamed(root, "b:i").map((el) => el.attributes.get("n"))).toEqual(["1", "2"]);
    expect(descendants(root).map((el) => el.name)).toEqual(["r", "b:i", "x", "i", "b:i"]);
  });

  it("reads deep nesting without running out of stack", () => {
    const depth = 50_000;
    const root = parseXml(`${"<a>".repeat(depth)}x${"</a>".repeat(depth)}`);
    const all = descendants(root);
    expect([all.length, all.at(-1)?.text]).toEqual([depth, "x"]);
  });
});

describe("what the parser refuses, and where", () => {
  it("says where as line:column, in the message and as properties", () => {
    const error = errorOf("<a>\n  <b>\n</a>");
    expect([error.message, error.line, error.column, error.name]).toEqual(["</a> closes <b> at 3:1", 3, 1, "XmlError"]);
    expect(errorOf("<a>\r\n\u{1F600}\u{1F600}\u0001</a>").message).toMatch(/ at 2:3$/);
  });

  // Each row: what is refused, then the document (its error's message must match, position included).
  it.each<[RegExp, string]>([
    // Characters.
    [/character not allowed in XML \(U\+0001\) at 1:4/, "<a>\u0001</a>"],
    [/character not allowed in XML \(U\+FFFF\) at 1:4/, "<a>\uFFFF</a>"],
    [/character not allowed in XML \(U\+D800\) at 1:7/, '<a x="\uD800"/>'],
    [/character not allowed in XML \(U\+000C\) at 1:3/, "<a\u000C/>"],
    // Entities and character references.
    [/"&" must start an entity reference.* at 1:4/, "<a>&</a>"],
    [/"&" must start an entity reference.* at 1:6/, "<a>A & B</a>"],
    [/"&" must start an entity reference.* at 1:7/, '<a x="&amp"/>'],
    [/unknown entity &nbsp; at 1:4/, "<a>&nbsp;</a>"],
    [/unknown entity &#xZ; at 1:4/, "<a>&#xZ;</a>"],
    [/unknown entity &; at 1:4/, "<a>&;</a>"],
    [/&#1; is not an XML character at 1:4/, "<a>&#1;</a>"],
    [/&#0; is not an XML character at 1:8/, '<a x="1&#0;"/>'],
    [/&#xD800; is not an XML character/, "<a>&#xD800;</a>"],
    [/&#xFFFE; is not an XML character/, "<a>&#xFFFE;</a>"],
    [/&#x110000; is not an XML character/, "<a>&#x110000;</a>"],
    [/&#99999999999999999999; is not an XML character/, "<a>&#99999999999999999999;</a>"],
    // Tags and names.
    [/<\/b> closes <a> at 1:4/, "<a></b>"],
    [/<\/a> closes <b> at 1:7/, "<a><b></a></b>"],
    [/<a> is not closed at 1:1/, "<a>"],
    [/<b> is not closed at 1:4/, "<a><b>text"],
    [/unterminated start tag <a> at 1:1/, '<a x="1"'],
    [/expected a name at 1:2/, "< a/>"],
    [/expected a name at 1:2/, "<1a/>"],
    [/expected a name at 1:2/, "<\u00D7/>"],
    [/expected whitespace before an attribute at 1:3/, "<a\u037E/>"],
    [/expected a name at 1:6/, "<a></ a>"],
    [/expected ">" at 1:8/, "<a></a b>"],
    [/expected whitespace before an attribute at 1:5/, "<a:b:c xmlns:a='urn:a'/>"],
    [/expected whitespace before an attribute at 1:9/, '<a x="1"y="2"/>'],
    [/expected whitespace before an attribute at 1:3/, "<a/ >"],
    [/content after the root element at 1:5/, "<a/><b/>"],
    [/content after the root element at 1:8/, "<a></a></a>"],
    [/content after the root element at 1:5/, "<a/>text"],
    [/expected the root element at 1:1/, "text<a/>"],
    [/expected the root element at 1:1/, ""],
    [/expected the root element at 2:1/, "<!-- only -->\n"],
    [/"\]\]>" is not allowed in text at 1:5/, "<a>x]]></a>"],
    // Attributes.
    [/attribute values must be quoted at 1:6/, "<a x=1/>"],
    [/expected "=" at 1:6/, "<a x />"],
    [/unterminated attribute value at 1:4/, '<a x="1/>'],
    [/"<" is not allowed in an attribute value at 1:8/, '<a x="1<"/>'],
    [/duplicate attribute "x" at 1:10/, '<a x="1" x="2"/>'],
    [/duplicate attribute "q:x" \(the same as "p:x"\) at 1:44/, '<a xmlns:p="urn:x" xmlns:q="urn:x" p:x="1" q:x="2"/>'],
    [/duplicate attribute "xmlns:p" at 1:20/, '<a xmlns:p="urn:x" xmlns:p="urn:x"/>'],
    // Namespaces.
    [/undeclared namespace prefix "p" at 1:1/, "<p:a/>"],
    [/undeclared namespace prefix "p" at 1:4/, '<a p:x="1"/>'],
    [/undeclared namespace prefix "p" at 1:20/, '<r><a xmlns:p="u"/><p:b/></r>'],
    [/the prefix "xmlns" cannot name an element at 1:1/, "<xmlns:a/>"],
    [/may not declare the xmlns namespace or prefix at 1:4/, '<a xmlns:xmlns="urn:x"/>'],
    [/may not declare the xmlns namespace or prefix at 1:4/, `<a xmlns:p="${XMLNS_NS}"/>`],
    [/may not declare the xmlns namespace or prefix at 1:4/, `<a xmlns="${XMLNS_NS}"/>`],
    [/the prefix "xml" and only it is bound to/, '<a xmlns:xml="urn:x"/>'],
    [/the prefix "xml" and only it is bound to/, `<a xmlns:p="${XML_NS}"/>`],
    [/the prefix "xml" and only it is bound to/, `<a xmlns="${XML_NS}"/>`],
    [/the prefix "p" cannot be undeclared at 1:4/, '<a xmlns:p=""/>'],
    // Comments, CDATA, processing instructions, declarations.
    [/"--" is not allowed inside a comment at 1:4/, "<a><!-- x -- y --></a>"],
    [/"--" is not allowed inside a comment at 1:4/, "<a><!-- x ---></a>"],
    [/unterminated comment at 1:4/, "<a><!-- x </a>"],
    [/unterminated CDATA section at 1:4/, "<a><![CDATA[x</a>"],
    [/unterminated processing instruction at 1:4/, "<a><?pi x</a>"],
    [/expected whitespace after the processing instruction's target at 1:8/, "<a><?pi!?></a>"],
    [/expected a name at 1:6/, "<a><? pi?></a>"],
    [/declaration must come first.* at 2:1/, '<a/>\n<?xml version="1.0"?>'],
    [/declaration must come first.* at 1:2/, ' <?xml version="1.0"?><a/>'],
    [/declaration must come first.* at 1:1/, '<?XML version="1.0"?><a/>'],
    [/declaration must come first.* at 1:4/, "<a><?xml version='1.0'?></a>"],
    [/malformed XML declaration.* at 1:1/, '<?xml version="2.0"?><a/>'],
    [/malformed XML declaration.* at 1:1/, '<?xml encoding="UTF-8"?><a/>'],
    [/malformed XML declaration.* at 1:1/, '<?xml version="1.0" standalone="maybe"?><a/>'],
    [/malformed XML declaration.* at 1:1/, '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>'],
    [/malformed XML declaration.* at 1:1/, '<?xml version="1.0" other="1"?><a/>'],
    [/malformed XML declaration.* at 1:1/, "<?xml?><a/>"],
    [/unterminated XML declaration at 1:1/, '<?xml version="1.0"<a/>'],
    [/declarations such as DOCTYPE are not allowed at 1:1/, "<!DOCTYPE a><a/>"],
    [/declarations such as DOCTYPE are not allowed at 1:22/, '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    [/declarations such as DOCTYPE are not allowed here at 1:4/, "<a><!ENTITY e 'x'></a>"],
  ])("refuses with %s: %j", (message, xml) => {
    expect(errorOf(xml).message).toMatch(message);
  });
});
