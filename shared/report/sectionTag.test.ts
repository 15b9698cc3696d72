import { decodeBase64url, encodeBase64url } from "./base64url";
import type { ReportSpec } from "./reportSpec";
import { decodeSectionTag, MAX_TAG_LENGTH, sectionTag, TAG_PREFIX } from "./sectionTag";

const SPEC: ReportSpec = { template: "upr-midterm", lang: "fr", filters: { cycle: 3, cluster: "1. Justice" }, groupBy: "cluster", dataDate: "2026-03-01" };

describe("base64url", () => {
  it.each(["", "a", "ab", "abc", "abcd", "Mise en œuvre", "قيد التنفيذ", "已落实 😀"])("round-trips %j with only URL-safe characters", (text) => {
    const encoded = encodeBase64url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeBase64url(encoded)).toBe(text);
  });
  it("matches the standard encoding", () => {
    expect(encodeBase64url("ÿ?>")).toBe("w78_Pg");
  });
  it.each(["a", "no spaces", "a+b/"])("rejects %j", (bad) => expect(decodeBase64url(bad)).toBeNull());
});

describe("sectionTag", () => {
  it("carries the whole spec when it fits, and decodes back to it", () => {
    const tag = sectionTag(SPEC);
    expect(tag.startsWith(TAG_PREFIX)).toBe(true);
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(decodeSectionTag(tag)).toEqual({ kind: "spec", spec: SPEC });
  });

  it("is the same for the same spec whatever the order of its keys", () => {
    const reordered: ReportSpec = { dataDate: "2026-03-01", groupBy: "cluster", filters: { cluster: "1. Justice", cycle: 3 }, lang: "fr", template: "upr-midterm" };
    expect(sectionTag(reordered)).toBe(sectionTag(SPEC));
  });

  it("hashes filters too long for Word's 255-character tag, keeping template, language and data date readable", () => {
    const long: ReportSpec = { ...SPEC, filters: { institution: "Ministère de la Justice et des Droits humains ".repeat(6) } };
    const tag = sectionTag(long);
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(tag).toMatch(/^nmirf:v1:h:upr-midterm:fr:2026-03-01:[0-9A-Z]{11}$/);
    expect(decodeSectionTag(tag)).toMatchObject({ kind: "hashed", template: "upr-midterm", lang: "fr", dataDate: "2026-03-01" });
    expect(sectionTag({ ...long, filters: { institution: "other ".repeat(60) } })).not.toBe(tag);
  });

  it.each(["", "other:tag", "nmirf:v1:", "nmirf:v1:!!", `nmirf:v1:${encodeBase64url('{"template":"nope"}')}`, "nmirf:v1:h:nope:fr:2026-03-01:ABC"])(
    "does not decode %j",
    (tag) => expect(decodeSectionTag(tag)).toBeNull(),
  );
});
