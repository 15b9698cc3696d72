import type { ActivityId, RecommendationId } from "../model/tracker";
import { act, rec } from "../rollup/testRecords";
import { addDays } from "./days";
import { MAX_WITHIN_DAYS, reminders, withinDays } from "./reminders";

const records = [
  rec({ id: "R1" as RecommendationId, ref: "128.31", text: "Criminalise torture", institutions: ["MJ"], deadline: "2024-Q1", status: "in_progress" }),
  rec({ id: "R2" as RecommendationId, ref: "12", text: "Adopt a gender equality law", institutions: ["MJ", "MFFE"], activities: [act({ id: "a" as ActivityId, text: "Draft the bill", status: "planned", deadline: "2024-07-15", institution: "MFFE" }), act({ id: "b" as ActivityId, text: "Done already", status: "completed", deadline: "2023", institution: "MFFE" })] }),
  rec({ id: "R3" as RecommendationId, ref: null, paragraph: null, text: "Implemented one", institutions: ["MJ"], deadline: "2020", status: "implemented" }),
  rec({ id: "R4" as RecommendationId, ref: "7", text: "Far away", institutions: ["MJ"], deadline: "2030" }),
];

describe("reminders", () => {
  const out = reminders(records, { asOf: "2024-06-30", withinDays: 30, lang: "en", langOf: (i) => (i === "MFFE" ? "fr" : undefined) });
  it.each([
    ["MFFE", "fr", [["dueSoon", "12", "Draft the bill", "2024-07-15"]]],
    ["MJ", "en", [["overdue", "128.31", null, "2024-Q1"]]],
  ])("%s (%s) gets only its open, overdue or soon-due items", (institution, lang, items) => {
    const r = out.find((x) => x.institution === institution)!;
    expect(r.lang).toBe(lang);
    expect(r.items.map((i) => [i.kind, i.ref, i.activity, i.deadline])).toEqual(items);
  });
  it("writes a subject and a body listing each item with its reference and deadline", () => {
    const mj = out.find((x) => x.institution === "MJ")!;
    expect(mj.subject).toBe("Recommendations follow-up (MJ): 1 overdue, 0 due within 30 days");
    expect(mj.body.split("\n")).toEqual(expect.arrayContaining(["Dear colleagues of MJ,", "Overdue:", "- 128.31: Criminalise torture (deadline: 2024-Q1)"]));
    const mffe = out.find((x) => x.institution === "MFFE")!;
    expect(mffe.body).toContain("- 12, activité : Draft the bill (échéance : 2024-07-15)");
    expect(mffe.subject).toContain("1 à échéance dans 30 jours");
  });
  it("has nothing to say when nothing is due", () => {
    expect(reminders(records, { asOf: "2020-01-01", withinDays: 0, lang: "en" }).flatMap((r) => r.items)).toEqual([]);
  });
});

describe("withinDays", () => {
  it.each([
    ["0", 0],
    ["30", 30],
    ["007", 7],
    [String(MAX_WITHIN_DAYS), 3650],
  ])("reads %j as %j days", (text, days) => expect(withinDays(text)).toBe(days));
  it.each(["", "3651", "-1", "1.5", "1e2", " 30", "30 ", "0x10", "thirty"])("refuses %j", (text) => expect(withinDays(text)).toBeNull());
});

describe("addDays", () => {
  it.each([
    ["2024-06-30", 30, "2024-07-30"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
  ])("%s + %d = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));
});
