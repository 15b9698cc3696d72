/** Tests which number formats count as dates. */
import { isDateFormatCode, isDateFormatId } from "./dateFormat";

describe("date formats", () => {
  it("knows the built-in date and time formats", () => {
    expect([14, 15, 22, 45, 47].every(isDateFormatId)).toBe(true);
    expect([0, 1, 2, 10, 11, 37, 44, 49].some(isDateFormatId)).toBe(false);
  });

  it.each(["yyyy-mm-dd", "dd/mm/yyyy", "d-mmm-yy", "[$-409]mmmm d, yyyy;@", "[h]:mm:ss", "hh:mm AM/PM", 'dd" de "mmmm'])(
    "reads %s as a date",
    (code) => expect(isDateFormatCode(code)).toBe(true),
  );

  it.each(["General", "0.00", "#,##0", "0%", "0.00E+00", '0 "days"', "[Red]#,##0;[Blue]-#,##0", "@", '#,##0.00\\ "USD"', "_-* #,##0_-"])(
    "reads %s as not a date",
    (code) => expect(isDateFormatCode(code)).toBe(false),
  );
});
