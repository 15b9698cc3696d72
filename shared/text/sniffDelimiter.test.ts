/** Tests delimiter guessing on comma, semicolon and tab files. */
import { sniffDelimiter } from "./sniffDelimiter";

describe("sniffDelimiter", () => {
  it("finds commas, semicolons and tabs", () => {
    expect(sniffDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(sniffDelimiter("a;b;c\n1;2;3\n")).toBe(";");
    expect(sniffDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
  });

  it("ignores delimiters inside quotes, including quoted line breaks", () => {
    expect(sniffDelimiter('Pays;Texte\n"France";"Ratifier, adopter; mettre en œuvre"\n"Chili";"a,\nb,c,d"\n')).toBe(";");
    expect(sniffDelimiter('id,text\n1,"a;b;c;d;e"\n2,"f;g;h"\n')).toBe(",");
  });

  it("prefers the delimiter that splits every record the same way over decimal commas", () => {
    expect(sniffDelimiter("Nom;Taux;Budget\nA;1,5;10\nB;2;3,25\nC;4;5\n")).toBe(";");
  });

  it("skips blank lines and falls back to a comma for one column", () => {
    expect(sniffDelimiter("a;b\n\n   \n1;2\n")).toBe(";");
    expect(sniffDelimiter("only\none\ncolumn\n")).toBe(",");
    expect(sniffDelimiter("")).toBe(",");
  });
});
