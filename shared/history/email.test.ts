import { base64 } from "../text/base64";
import { encodeHeader, rfc5322Date, toEml, toMailto, utf8 } from "./email";

describe("base64 of UTF-8", () => {
  it.each([
    ["", ""],
    ["M", "TQ=="],
    ["Ma", "TWE="],
    ["Man", "TWFu"],
    ["é", "w6k="],
    ["€", "4oKs"],
    ["😀", "8J+YgA=="],
    ["تذكير", "2KrYsNmD2YrYsQ=="],
  ])("%j → %s", (text, expected) => {
    expect(base64(utf8(text))).toBe(expected);
  });
});

describe("encodeHeader", () => {
  it("leaves plain ASCII alone", () => {
    expect(encodeHeader("Recommendations follow-up")).toBe("Recommendations follow-up");
  });
  it.each(["Suivi des recommandations (Ministère de la Justice et des Droits humains) : 3 en retard", "متابعة التوصيات (وزارة العدل): 2 متأخرة، و1 تستحق خلال 30 يومًا", "建议落实跟进（司法部）：2 项逾期"])(
    "splits %j into encoded words of at most 75 characters on folded lines",
    (subject) => {
      const encoded = encodeHeader(subject);
      const words = encoded.split("\r\n ");
      for (const w of words) {
        expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
        expect(w.length).toBeLessThanOrEqual(78 - "Subject: ".length);
      }
      expect(words.map((w) => w.slice(10, -2)).join("")).not.toBe("");
      expect(words.map((w) => base64ToUtf8(w.slice(10, -2))).join("")).toBe(subject);
    },
  );
});

describe("rfc5322Date", () => {
  it.each([
    ["2026-03-01T09:00:00.000Z", "Sun, 01 Mar 2026 09:00:00 +0000"],
    ["2024-06-30", "Sun, 30 Jun 2024 00:00:00 +0000"],
  ])("%s → %s", (iso, expected) => expect(rfc5322Date(iso)).toBe(expected));
});

describe("toEml", () => {
  const eml = toEml({ to: ["focal@justice.gov"], subject: "Relance (Ministère)", body: "Bonjour,\n- 128.31 : échéance 2025", date: "2026-03-01T09:00:00Z" });
  const [head, body] = eml.split("\r\n\r\n");
  it("writes RFC 5322 headers with CRLF, a UTF-8 base64 body and an unsent-draft marker", () => {
    expect(head!.split("\r\n")).toEqual([
      "To: focal@justice.gov",
      `Subject: ${encodeHeader("Relance (Ministère)")}`,
      "Date: Sun, 01 Mar 2026 09:00:00 +0000",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "X-Unsent: 1",
    ]);
    expect(base64ToUtf8(body!.replace(/\r\n/g, ""))).toBe("Bonjour,\r\n- 128.31 : échéance 2025");
  });
  it("keeps body lines within 76 characters and leaves out an empty To", () => {
    const long = toEml({ to: [], subject: "x", body: "é".repeat(500), date: "2026-03-01" });
    expect(long).not.toMatch(/^To:/m);
    for (const line of long.split("\r\n\r\n")[1]!.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
  });
});

describe("toMailto", () => {
  it("percent-encodes subject and body, with CRLF line ends", () => {
    expect(toMailto({ to: ["a@b.org", "c@d.org"], subject: "Suivi & relance", body: "Ligne 1\nLigne 2" })).toBe(
      "mailto:a%40b.org,c%40d.org?subject=Suivi%20%26%20relance&body=Ligne%201%0D%0ALigne%202",
    );
  });
});

/** Decodes base64 then UTF-8, the way a mail program does, to check what a reader will see. */
function base64ToUtf8(text: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => Math.max(alphabet.indexOf(text[i + k] ?? "="), 0)).reduce((acc, v) => (acc << 6) | v, 0);
    bytes.push((n >> 16) & 255);
    if (text[i + 2] !== "=") bytes.push((n >> 8) & 255);
    if (text[i + 3] !== "=") bytes.push(n & 255);
  }
  return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""));
}
