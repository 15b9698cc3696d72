import type { Lang } from "../model/codes";
import { formatDate } from "./say";

describe("formatDate", () => {
  it.each<[string, Lang, string]>([
    ["2021-05-03", "en", "3 May 2021"],
    ["2021-05-03", "fr", "3 mai 2021"],
    ["2021-05-03", "es", "3 de mayo de 2021"],
    ["2021-05-03", "pt", "3 de maio de 2021"],
    ["2021-05-03", "ru", "3 мая 2021 г."],
    ["2021-05-03", "ar", "3 مايو 2021"],
    ["2021-05-03", "zh", "2021年5月3日"],
    ["2025-03", "en", "March 2025"],
    ["2025-03", "zh", "2025年3月"],
    ["2025", "fr", "2025"],
    ["2025-Q3", "en", "2025-Q3"],
    ["2025-13-01", "en", "2025-13-01"],
  ])("%s in %s is %s", (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});
