import { parseContacts } from "./contacts";

describe("parseContacts", () => {
  const parsed = parseContacts("\uFEFF# focal points\nMinistère de la Justice = focal@justice.gov, dir@justice.gov; FR\n\nPolice nationale = \nMinistry of Health = fp@health.gov\n");
  const book = "book" in parsed ? parsed.book : null;
  it.each([
    ["ministere de la justice", ["focal@justice.gov", "dir@justice.gov"], "fr"],
    ["Police nationale", [], null],
    ["Ministry of Health", ["fp@health.gov"], null],
  ])("finds %s (case and accents aside)", (name, to, lang) => {
    expect(book?.find(name)).toMatchObject({ to, lang });
  });
  it("finds nothing for an institution not listed", () => {
    expect(book?.find("Parliament")).toBeUndefined();
  });
  it.each([
    ["no equals sign here", 1, "history.contacts.badLine", "no equals sign here"],
    ["A = a@b.org\nB = not-an-address", 2, "history.contacts.badAddress", "not-an-address"],
    ["A = a@b.org; klingon", 1, "history.contacts.badLang", "klingon"],
  ])("points at the line of %j", (text, line, key, value) => {
    expect(parseContacts(text)).toEqual({ line, key, value });
  });
});
