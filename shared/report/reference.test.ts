import type { Lang } from "../model/codes";
import { formatReference } from "./reference";

const UPR = { symbol: "A/HRC/43/15", paragraph: "121.29", mechanism: "UPR" as const, cycle: 3, ref: null };
const CEDAW = { symbol: "CEDAW/C/PRY/CO/7", paragraph: "37", mechanism: "CEDAW" as const, cycle: null, ref: null };

describe("formatReference", () => {
  it.each<[Lang, string, string]>([
    ["en", "A/HRC/43/15, para. 121.29", "CEDAW/C/PRY/CO/7, para. 37"],
    ["fr", "A/HRC/43/15, par. 121.29", "CEDAW/C/PRY/CO/7, par. 37"],
    ["es", "A/HRC/43/15, párr. 121.29", "CEDAW/C/PRY/CO/7, párr. 37"],
    ["pt", "A/HRC/43/15, par. 121.29", "CEDAW/C/PRY/CO/7, par. 37"],
    ["ru", "A/HRC/43/15, пункт 121.29", "CEDAW/C/PRY/CO/7, пункт 37"],
    ["ar", "A/HRC/43/15، الفقرة 121.29", "CEDAW/C/PRY/CO/7، الفقرة 37"],
    ["zh", "A/HRC/43/15，第121.29段", "CEDAW/C/PRY/CO/7，第37段"],
  ])("writes references as the UN does in %s", (lang, upr, cedaw) => {
    expect(formatReference(UPR, lang)).toBe(upr);
    expect(formatReference(CEDAW, lang)).toBe(cedaw);
  });

  it.each<[Parameters<typeof formatReference>[0], Lang, string | null]>([
    [{ ...UPR, symbol: null }, "en", "UPR, cycle 3, para. 121.29"],
    [{ ...UPR, symbol: null }, "fr", "EPU, cycle 3, par. 121.29"],
    [{ ...CEDAW, symbol: null }, "fr", "CEDEF, par. 37"],
    [{ ...CEDAW, symbol: null, mechanism: null }, "es", "párr. 37"],
    [{ ...CEDAW, paragraph: null }, "en", "CEDAW/C/PRY/CO/7"],
    [{ ...CEDAW, paragraph: " ", ref: "REC-4" }, "en", "CEDAW/C/PRY/CO/7 REC-4"],
    [{ symbol: null, paragraph: null, mechanism: null, cycle: null, ref: null }, "en", null],
  ])("falls back without a symbol or paragraph: %j in %s", (rec, lang, expected) => {
    expect(formatReference(rec, lang)).toBe(expected);
  });
});
