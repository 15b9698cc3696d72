/** Tests that every input error has a complete, consistent message in the seven languages. */
import { LANGS } from "../model/codes";
import { INPUT_MESSAGES } from "../i18n/messages/input";
import { translate } from "../i18n/catalog";
import { INPUT_ERROR_CODES, InputError } from "./InputError";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("input messages", () => {
  it("has a message for every error code and no others", () => {
    expect(Object.keys(INPUT_MESSAGES).sort()).toEqual([...INPUT_ERROR_CODES].sort());
  });

  it.each(INPUT_ERROR_CODES)("%s is translated into all seven languages with the same placeholders, on one line", (code) => {
    const entry = INPUT_MESSAGES[code]!;
    const english = placeholders(entry.en);
    expect(english).toContain("file");
    for (const lang of LANGS) {
      const text = entry[lang];
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/[\r\n]/);
      expect(placeholders(text)).toEqual(english);
      if (lang !== "en") expect(text).not.toBe(entry.en);
    }
  });
});

describe("InputError", () => {
  it("carries its code and parameters and reads in English by default", () => {
    const error = new InputError("input.encrypted", { file: "plan.xlsx" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
    expect(error.code).toBe("input.encrypted");
    expect(error.params).toEqual({ file: "plan.xlsx" });
    expect(error.message).toBe(
      "plan.xlsx is protected by a password: open it in Excel, remove the password (File › Info › Protect Workbook) and save a copy, then try again.",
    );
    expect(translate(INPUT_MESSAGES, error.code, "fr", error.params)).toContain("plan.xlsx est protégé par un mot de passe");
  });
});
