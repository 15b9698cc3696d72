import { cellXmlText, xmlAttr } from "./xmlText";

describe("cellXmlText", () => {
  it.each([
    ["plain text, untouched", "Ministère de la Justice", "Ministère de la Justice"],
    ["markup characters", "a < b & c > d", "a &lt; b &amp; c &gt; d"],
    ["a carriage return, kept by a character reference", "line\r\nnext", "line&#13;\nnext"],
    ["tabs and line feeds, legal in XML", "a\tb\nc", "a\tb\nc"],
    ["control characters XML cannot hold", "a\u0001b\u001fc", "a_x0001_b_x001F_c"],
    ["a literal escape sequence", "_x0041_", "_x005F_x0041_"],
    ["a lone surrogate", "a\ud800b", "a_xD800_b"],
    ["a surrogate pair, untouched", "😀", "😀"],
    ["formula-like text, untouched (the cell type keeps it text)", "=SUM(A1)", "=SUM(A1)"],
  ])("%s", (_what, text, xml) => {
    expect(cellXmlText(text)).toBe(xml);
  });
});

describe("xmlAttr", () => {
  it("escapes quotes and whitespace that attributes would normalise", () => {
    expect(xmlAttr(`"O'Brien" & <co>\n`)).toBe("&quot;O'Brien&quot; &amp; &lt;co&gt;&#10;");
  });
});
