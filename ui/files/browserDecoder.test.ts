/** Tests the task panes' decoder on Node's WHATWG TextDecoder (full ICU, as in browsers) against the command line's iconv-lite. */
import iconv from "iconv-lite";
import { iconvDecoder } from "../../cli/read/iconvDecoder";
import { decodeText, type Encoding } from "../../shared/text/decodeText";
import { browserDecoder } from "./browserDecoder";

const FRENCH = "Pays;Recommandation\r\nCôte d'Ivoire;Ratifier la Convention relative aux droits des personnes handicapées\r\n";
const SPANISH = "Estado,Texto\r\nEspaña,Garantizar la protección de los niños – “urgente”\r\n";

const CASES: readonly [Encoding, string][] = [
  ["utf-8", FRENCH],
  ["utf-16le", FRENCH],
  ["utf-16be", SPANISH],
  ["windows-1252", SPANISH],
  ["macintosh", FRENCH.replace(/\r\n/g, "\r")],
  ["windows-1251", "Государство;Рекомендация\r\nФранция;Ратифицировать конвенцию\r\n"],
  ["windows-1256", "الدولة,التوصية\r\nفرنسا,التصديق على الاتفاقية\r\n"],
];

/**
 * Node 20's TextDecoder reads windows-1252 as ISO-8859-1, so "–" and "“" come out as C1 controls
 * (nodejs/node#56542); browsers follow the WHATWG table, so that case is checked only where the runtime does.
 */
const WHATWG_1252 = new TextDecoder("windows-1252").decode(Uint8Array.of(0x80)) === "€";
const checked = CASES.filter(([encoding]) => encoding !== "windows-1252" || WHATWG_1252);

describe("browserDecoder", () => {
  it.each(checked)("decodes %s as iconv-lite does, and the detection finds it", (encoding, text) => {
    const bytes = iconv.encode(text, encoding);
    expect(browserDecoder.decode(bytes, encoding)).toBe(text);
    expect(browserDecoder.decode(bytes, encoding)).toBe(iconvDecoder.decode(bytes, encoding));
    expect(decodeText(bytes, browserDecoder)).toEqual({ text, encoding });
  });

  it("drops a byte order mark, as iconv-lite does", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, "utf16le")]);
    expect(decodeText(le, browserDecoder)).toEqual({ text: FRENCH, encoding: "utf-16le" });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]);
    expect(decodeText(utf8, browserDecoder)).toEqual({ text: FRENCH, encoding: "utf-8" });
  });

  it("tells valid UTF-8 from bytes that are not, as node:buffer's isUtf8 does", () => {
    for (const bytes of [Buffer.from(FRENCH), Buffer.from([0x43, 0xf4, 0x74, 0x65]), Buffer.from([0xe2, 0x80]), new Uint8Array(0)]) {
      expect(browserDecoder.isUtf8(bytes)).toBe(iconvDecoder.isUtf8(bytes));
    }
    expect(browserDecoder.isUtf8(Buffer.from([0x43, 0xf4, 0x74, 0x65]))).toBe(false);
  });
});
