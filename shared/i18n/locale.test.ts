import { langOfLocale } from "./locale";

describe("langOfLocale", () => {
  it.each([
    ["ar-SA", "ar"], ["pt_BR", "pt"], ["fr_FR.UTF-8", "fr"], ["ZH-cn", "zh"], ["ru", "ru"], ["de-DE", "en"], ["", "en"],
  ])("reads %s as %s", (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});
