/** Tests the XML tokenizer: events, entities, chunk boundaries and malformed documents. */
import { attribute, attributePairs, decodeEntities, scanXml, scanXmlChunks, XmlFormatError, type XmlSink } from "./xmlScan";

/** Records events as strings, merging adjacent text so chunking cannot change the outcome. */
function recorder(): { sink: XmlSink; events: string[] } {
  const events: string[] = [];
  const sink: XmlSink = {
    open: (name, attributes, selfClosing) => events.push(`<${name}${attributes}${selfClosing ? "/" : ""}>`),
    close: (name) => events.push(`</${name}>`),
    text: (value) => {
      const last = events.length - 1;
      if (last >= 0 && events[last]!.startsWith("T:")) events[last] += value;
      else events.push(`T:${value}`);
    },
  };
  return { sink, events };
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8"?><!-- a > comment --><x:row r="1" note="a>b"><x:c r="A1" t="s"><x:v>7</x:v></x:c>' +
  "<c r='B1'><is><t>Tom &amp; Jerry &#233;&#x4E2D;</t></is></c><f><![CDATA[<raw> & ]]></f><empty/></x:row>";

describe("scanXml", () => {
  it("reports tags without prefixes, decodes entities and keeps '>' inside quoted attributes", () => {
    const { sink, events } = recorder();
    expect(scanXml(DOC, sink, true)).toBe(DOC.length);
    expect(events).toEqual([
      '<row r="1" note="a>b">',
      '<c r="A1" t="s">',
      "<v>",
      "T:7",
      "</v>",
      "</c>",
      "<c r='B1'>",
      "<is>",
      "<t>",
      "T:Tom & Jerry é中",
      "</t>",
      "</is>",
      "</c>",
      "<f>",
      "T:<raw> & ",
      "</f>",
      "<empty/>",
      "</row>",
    ]);
  });

  it("gives the same events however the text is cut into chunks", async () => {
    const whole = recorder();
    scanXml(DOC, whole.sink, true);
    const bytes = Buffer.from(DOC, "utf8");
    for (let cut = 1; cut < bytes.length; cut++) {
      const split = recorder();
      async function* chunks(): AsyncGenerator<Buffer> {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      await scanXmlChunks(chunks(), split.sink);
      expect(split.events).toEqual(whole.events);
    }
  });

  it("returns the unconsumed tail of an incomplete chunk and fails on an incomplete document", () => {
    const { sink, events } = recorder();
    expect(scanXml("<a>text<b x=", sink, false)).toBe(7);
    expect(events).toEqual(["<a>", "T:text"]);
    expect(() => scanXml("<a>text<b x=", recorder().sink, true)).toThrow(XmlFormatError);
    expect(() => scanXml("< a>", recorder().sink, true)).toThrow(XmlFormatError);
  });
});

describe("attributes", () => {
  it("lists names without prefixes and decoded values", () => {
    expect(attributePairs(` name="R&amp;D" r:id='rId3' state = "hidden"`)).toEqual(["name", "R&D", "id", "rId3", "state", "hidden"]);
    expect(attribute(` sheetId="2" id="x"`, "id")).toBe("x");
    expect(attribute(` sheetId="2"`, "id")).toBeUndefined();
    expect(attribute(` broken="unterminated`, "broken")).toBeUndefined();
  });

  it("leaves unknown entities visible", () => {
    expect(decodeEntities("a &nbsp; &lt;b&gt; &#65;")).toBe("a &nbsp; <b> A");
  });
});

describe("whole documents", () => {
  it("rejects a document that stops with elements still open or closes one too many", async () => {
    async function* once(text: string): AsyncGenerator<Buffer> {
      yield Buffer.from(text);
    }
    const { sink } = recorder();
    await expect(scanXmlChunks(once("<a><b></b>"), sink)).rejects.toThrow(/still open/);
    await expect(scanXmlChunks(once("<a></a></b>"), sink)).rejects.toThrow(/unexpected/);
    await expect(scanXmlChunks(once("<a><b/></a>"), sink)).resolves.toBeUndefined();
  });
});
