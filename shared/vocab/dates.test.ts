import type { Cell } from "../grid/grid";
import type { Lang } from "../model/codes";
import { isoToSerial, parseDateValue, periodEnd, periodStart, serialToIso, type DateResult } from "./dates";

const ok = (value: string): DateResult => ({ kind: "ok", value });
const unparsed = (suggestion: string | null = null): DateResult => ({ kind: "invalid", reason: "unparsed", suggestion });
const impossible = (suggestion: string | null = null): DateResult => ({ kind: "invalid", reason: "impossible", suggestion });

describe("parseDateValue", () => {
  it.each<[Cell, Lang, DateResult]>([
    // Cells that are not text.
    [null, "en", { kind: "empty" }],
    ["", "en", { kind: "empty" }],
    ["   ", "fr", { kind: "empty" }],
    [{ kind: "date", serial: 45121 }, "en", ok("2023-07-14")],
    [{ kind: "date", serial: 45121.75 }, "en", ok("2023-07-14")],
    [{ kind: "error", code: "#N/A" }, "en", unparsed()],
    [true, "en", unparsed()],
    [45121, "en", ok("2023-07-14")],
    [2023, "en", ok("2023")],
    [1989, "en", unparsed()],
    [150000, "en", unparsed()],
    [12, "en", unparsed()],
    // ISO and numeric layouts.
    ["2023-07-14", "en", ok("2023-07-14")],
    ["2023-7-4", "en", ok("2023-07-04")],
    ["2023-07-14T00:00:00Z", "en", ok("2023-07-14")],
    ["2023-07-14 10:30", "en", ok("2023-07-14")],
    ["2023/07/14", "fr", ok("2023-07-14")],
    ["2023-07", "en", ok("2023-07")],
    ["07/2023", "fr", ok("2023-07")],
    ["2023-Q3", "en", ok("2023-Q3")],
    ["2023-H2", "en", ok("2023-H2")],
    ["2023", "en", ok("2023")],
    ["45121", "en", ok("2023-07-14")],
    ["14/07/2023", "fr", ok("2023-07-14")],
    ["14/07/2023", "en", ok("2023-07-14")],
    ["14.07.2023", "ru", ok("2023-07-14")],
    ["14-07-2023", "es", ok("2023-07-14")],
    ["7/14/2023", "en", ok("2023-07-14")],
    ["7/14/2023", "fr", ok("2023-07-14")],
    ["03/04/2023", "en", ok("2023-03-04")],
    ["03/04/2023", "fr", ok("2023-04-03")],
    ["03.04.2023", "en", ok("2023-04-03")],
    ["14/07/23", "fr", ok("2023-07-14")],
    // Months in words.
    ["14 juillet 2023", "fr", ok("2023-07-14")],
    ["1er août 2023", "fr", ok("2023-08-01")],
    ["July 14, 2023", "en", ok("2023-07-14")],
    ["14th July 2023", "en", ok("2023-07-14")],
    ["Sept. 2023", "en", ok("2023-09")],
    ["14 de julio de 2023", "es", ok("2023-07-14")],
    ["julio de 2023", "es", ok("2023-07")],
    ["14 de julho de 2023", "pt", ok("2023-07-14")],
    ["dezembro 2024", "pt", ok("2024-12")],
    ["juillet 2023", "fr", ok("2023-07")],
    ["Février 2024", "fr", ok("2024-02")],
    ["14 июля 2023 г.", "ru", ok("2023-07-14")],
    ["май 2024", "ru", ok("2024-05")],
    ["в декабре 2024 года", "ru", ok("2024-12")],
    ["2023年7月14日", "zh", ok("2023-07-14")],
    ["2023年7月", "zh", ok("2023-07")],
    ["2023年", "zh", ok("2023")],
    ["2023年第三季度", "zh", ok("2023-Q3")],
    ["2024年下半年", "zh", ok("2024-H2")],
    ["2023年底", "zh", ok("2023")],
    ["14 يوليو 2023", "ar", ok("2023-07-14")],
    ["١٤ يوليو ٢٠٢٣", "ar", ok("2023-07-14")],
    ["14 تموز 2023", "ar", ok("2023-07-14")],
    ["كانون الثاني 2024", "ar", ok("2024-01")],
    ["تشرين الأول 2024", "ar", ok("2024-10")],
    ["يوليو/تموز 2023", "ar", ok("2023-07")],
    ["2023م", "ar", ok("2023")],
    // Quarters, halves and vaguer periods.
    ["Q3 2023", "en", ok("2023-Q3")],
    ["q3-2023", "en", ok("2023-Q3")],
    ["T3 2023", "fr", ok("2023-Q3")],
    ["3e trimestre 2023", "fr", ok("2023-Q3")],
    ["troisième trimestre 2023", "fr", ok("2023-Q3")],
    ["III trimestre 2023", "es", ok("2023-Q3")],
    ["tercer trimestre de 2023", "es", ok("2023-Q3")],
    ["3rd quarter of 2023", "en", ok("2023-Q3")],
    ["III квартал 2023 г.", "ru", ok("2023-Q3")],
    ["الربع الثالث 2023", "ar", ok("2023-Q3")],
    ["2nd half of 2024", "en", ok("2024-H2")],
    ["S2 2024", "fr", ok("2024-H2")],
    ["2e semestre 2024", "fr", ok("2024-H2")],
    ["segundo semestre de 2024", "es", ok("2024-H2")],
    ["2-е полугодие 2024", "ru", ok("2024-H2")],
    ["fin 2023", "fr", ok("2023")],
    ["End of 2023", "en", ok("2023")],
    ["finales de 2023", "es", ok("2023")],
    ["mi-2023", "fr", ok("2023")],
    ["début 2024", "fr", ok("2024-H1")],
    ["Early 2024", "en", ok("2024-H1")],
    ["fin juillet 2023", "fr", ok("2023-07")],
    // Impossible dates.
    ["31/02/2021", "fr", impossible("2021-02-28")],
    ["29/02/2024", "fr", ok("2024-02-29")],
    ["29/02/2023", "fr", impossible("2023-02-28")],
    ["2023-04-31", "en", impossible("2023-04-30")],
    ["2023-13-01", "en", impossible()],
    ["14/13/2023", "fr", impossible()],
    ["32/01/2023", "fr", impossible()],
    ["Q5 2023", "en", unparsed()],
    ["5e trimestre 2023", "fr", impossible()],
    ["2023-00", "en", impossible()],
    ["0001-01-01", "en", impossible()],
    // Not dates.
    ["ongoing", "en", unparsed()],
    ["N/A", "en", unparsed()],
    ["TBD", "en", unparsed()],
    ["2023-2024", "en", unparsed()],
    ["2023, 2024", "en", unparsed()],
    ["14 15 July 2023", "en", unparsed()],
    ["July August 2023", "en", unparsed()],
    ["99999", "en", unparsed()],
    // Not dates, but holding one: suggested, never taken silently.
    ["30/06/2024 (to be confirmed)", "en", unparsed("2024-06-30")],
    ["Deadline: June 2024", "en", unparsed("2024-06")],
    ["before 2024-06-30 at the latest", "en", unparsed("2024-06-30")],
    ["ongoing since 2019", "en", unparsed()],
  ])("%j (%s)", (raw, lang, expected) => {
    expect(parseDateValue(raw, lang)).toEqual(expected);
  });
});

describe("Excel serials", () => {
  it.each<[number, string]>([
    [1, "1899-12-31"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [45121, "2023-07-14"],
    [45351, "2024-02-29"],
    [73051, "2100-01-01"],
  ])("%p ↔ %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("round-trips every day over two centuries", () => {
    for (let serial = 61; serial < 80000; serial += 1) expect(isoToSerial(serialToIso(serial))).toBe(serial);
  });

  it("rejects text that is not an ISO day", () => {
    expect(() => isoToSerial("14/07/2023")).toThrow(RangeError);
  });
});

describe("period bounds", () => {
  it.each<[string, string, string]>([
    ["2023-07-14", "2023-07-14", "2023-07-14"],
    ["2023-07", "2023-07-01", "2023-07-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["2023-Q1", "2023-01-01", "2023-03-31"],
    ["2023-Q3", "2023-07-01", "2023-09-30"],
    ["2023-Q4", "2023-10-01", "2023-12-31"],
    ["2023-H1", "2023-01-01", "2023-06-30"],
    ["2023-H2", "2023-07-01", "2023-12-31"],
    ["2024", "2024-01-01", "2024-12-31"],
  ])("%s → %s … %s", (value, start, end) => {
    expect(periodStart(value)).toBe(start);
    expect(periodEnd(value)).toBe(end);
  });

  it.each(["2023-Q5", "July 2023", ""])("%j is not a period", (value) => {
    expect(() => periodEnd(value)).toThrow(RangeError);
  });
});
