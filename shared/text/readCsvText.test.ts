/** Tests CSV reading end to end: encodings, delimiters, line ends, quoting and failures. */
import iconv from "iconv-lite";
import { iconvDecoder } from "../../cli/read/iconvDecoder";
import { nodeReaders } from "../../cli/read/nodeReaders";
import { InputError } from "../grid/InputError";
import { decodeText } from "./decodeText";
import { readCsvText } from "./readCsvText";

/** From bytes, as a host reads a file: decoded with iconv-lite, tokenised by papaparse. */
const readCsv = (file: string, data: Uint8Array) => readCsvText(file, decodeText(data, iconvDecoder).text, nodeReaders.parseCsv);

const rowsOf = (file: string, data: Buffer) => readCsv(file, data).sheets[0]!.rows;

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readCsvText", () => {
  it("reads Windows-1252 with semicolons, a quoted semicolon and CRLF line ends into one sheet named after the file", () => {
    const text = 'État;Recommandation;Statut\r\nCôte d\'Ivoire;"Ratifier; puis appliquer";Acceptée\r\nSénégal;Protéger les enfants;\r\n';
    const source = readCsv("suivi-2024.csv", iconv.encode(text, "windows-1252"));
    expect(source.file).toBe("suivi-2024.csv");
    expect(source.sheets).toHaveLength(1);
    expect(source.sheets[0]).toEqual({
      name: "suivi-2024",
      merges: [],
      rows: [
        ["État", "Recommandation", "Statut"],
        ["Côte d'Ivoire", "Ratifier; puis appliquer", "Acceptée"],
        ["Sénégal", "Protéger les enfants", null],
      ],
    });
  });

  it("drops a UTF-8 byte order mark so the first header is clean", () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("uid,text\n1,Türkiye\n")]);
    expect(rowsOf("bom.csv", data)).toEqual([["uid", "text"], ["1", "Türkiye"]]);
  });

  it("reads tab-separated UTF-16 text as Excel's 'Unicode Text' writes it", () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("A\tB\r\n中国\t1,5\r\n", "utf16le")]);
    expect(rowsOf("unicode.txt", data)).toEqual([["A", "B"], ["中国", "1,5"]]);
  });

  it("reads CR-only line ends and Mac Roman", () => {
    const data = iconv.encode("To,Text\rCôte d'Ivoire,Ratify\rSão Tomé and Príncipe,Adopt\r", "macintosh");
    expect(rowsOf("mac.csv", data)).toEqual([["To", "Text"], ["Côte d'Ivoire", "Ratify"], ["São Tomé and Príncipe", "Adopt"]]);
  });

  it("keeps quoted line breaks, doubled quotes and delimiters inside one cell", () => {
    const data = Buffer.from('id,text\r\n1,"Line one\r\nline two, with ""quotes"""\r\n2,plain\r\n');
    expect(rowsOf("q.csv", data)).toEqual([["id", "text"], ["1", 'Line one\nline two, with "quotes"'], ["2", "plain"]]);
  });

  it("keeps blank lines inside the data as empty rows, so row numbers match the file, and drops trailing ones", () => {
    expect(rowsOf("gaps.csv", Buffer.from("a,b\n\n1,\n\n\n"))).toEqual([["a", "b"], [], ["1", null]]);
  });

  it("honours Excel's sep= line", () => {
    expect(rowsOf("sep.csv", Buffer.from("sep=|\na|b,c\n1|2\n"))).toEqual([["a", "b,c"], ["1", "2"]]);
  });

  it("reports a quote that is never closed, with the row where it opens", () => {
    const error = inputError(() => readCsv("broken.csv", Buffer.from('id,text\n1,ok\n2,"never closed\n3,lost\n')));
    expect(error.code).toBe("input.unclosedQuote");
    expect(error.params).toEqual({ file: "broken.csv", row: 3 });
    expect(error.message).toContain("broken.csv");
  });

  it("rejects a file with no value in any cell", () => {
    expect(inputError(() => readCsv("blank.csv", Buffer.from("\r\n  \r\n"))).code).toBe("input.empty");
    expect(inputError(() => readCsv("commas.csv", Buffer.from(",,\n,,\n"))).params).toEqual({ file: "commas.csv" });
  });
});

describe("readCsv and formula neutralisation", () => {
  it("drops the apostrophe a CSV writer put before a formula-like value, and keeps any other", () => {
    const src = readCsv("n.csv", Buffer.from("a;b;c\n'=SUM(A1);'- Torture;'tis\n", "utf8"));
    expect(src.sheets[0]!.rows[1]).toEqual(["=SUM(A1)", "- Torture", "'tis"]);
  });
});
