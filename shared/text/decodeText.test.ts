/** Tests encoding detection on the encodings CSV files really arrive in. */
import iconv from "iconv-lite";
import { iconvDecoder } from "../../cli/read/iconvDecoder";
import { decodeText as decodeWith, detectUtf16 } from "./decodeText";

const decodeText = (data: Uint8Array) => decodeWith(data, iconvDecoder);

const FRENCH = "Pays;Recommandation\r\nCôte d'Ivoire;Ratifier la Convention relative aux droits des personnes handicapées\r\n";
const SPANISH = "Estado,Texto\r\nEspaña,Garantizar la protección de los niños – “urgente”\r\n";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    expect(decodeText(Buffer.from(FRENCH, "utf8"))).toEqual({ text: FRENCH, encoding: "utf-8" });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, "utf8")]);
    expect(decodeText(withBom)).toEqual({ text: FRENCH, encoding: "utf-8" });
  });

  it("reads UTF-16 in both byte orders, with a byte order mark or without", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, "utf16le")]);
    expect(decodeText(le)).toEqual({ text: FRENCH, encoding: "utf-16le" });
    const be = Buffer.from(FRENCH, "utf16le").swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: FRENCH, encoding: "utf-16be" });
    expect(decodeText(Buffer.from(FRENCH, "utf16le"))).toEqual({ text: FRENCH, encoding: "utf-16le" });
    expect(detectUtf16(Buffer.from(FRENCH, "utf8"))).toBeUndefined();
  });

  it.each([
    ["windows-1252", FRENCH],
    ["windows-1252", SPANISH],
    ["macintosh", FRENCH],
    ["macintosh", SPANISH],
    ["macintosh", FRENCH.replace(/\r\n/g, "\r")],
    ["windows-1251", "Государство;Рекомендация\r\nФранция;Ратифицировать конвенцию\r\n"],
    ["windows-1256", "الدولة,التوصية\r\nفرنسا,التصديق على الاتفاقية\r\n"],
  ])("recognises %s when the bytes are not UTF-8", (encoding, text) => {
    expect(decodeText(iconv.encode(text, encoding))).toEqual({ text, encoding });
  });

  it("prefers Mac Roman for CR-only files when the letters cannot tell", () => {
    // 0xD5 is ’ in Mac Roman but Õ in Windows-1252: "donÕt" reads as a capital inside a word.
    const bytes = Buffer.from([0x64, 0x6f, 0x6e, 0xd5, 0x74, 0x0d]);
    expect(decodeText(bytes)).toEqual({ text: "don’t\r", encoding: "macintosh" });
  });
});
