import { editDistance, fold, looseKey, memoize, splitList } from "./text";

describe("fold", () => {
  it.each<[string, string]>([
    ["Mise en Œuvre", "mise en oeuvre"],
    ["ÆSIR Straße", "aesir strasse"],
    ["  Réalisé\u00a0 ", "realise"],
    ["Statut\u202f:", "statut"],
    ["Status*", "status"],
    ["Done.", "done"],
    ["a\tb\nc\r\nd", "a b c d"],
    ["«Acceptée»", "acceptee"],
    ["l’activité", "l'activite"],
    ["Partially–implemented", "partially-implemented"],
    ["Ñandú", "nandu"],
    ["Выполнено", "выполнено"],
    ["Ёлка", "елка"],
    // Arabic: tashkeel and tatweel go, letters (and hamza on waw/ya) stay, alef variants unify, digits become ASCII.
    ["أُحيط بها علمًا", "احيط بها علما"],
    ["مـنـفـذة", "منفذة"],
    ["مسؤول", "مسؤول"],
    ["إلى", "الي"],
    ["٢٠٢٣", "2023"],
    ["۴۵٪", "45%"],
    ["进行中", "进行中"],
    ["ＳＤＧ５", "sdg5"],
    ["\u200fقيد التنفيذ\u200f", "قيد التنفيذ"],
    ["#", "#"],
    ["N°", "n°"],
    ["% progress", "% progress"],
    ["Progress (%)", "progress (%)"],
    ["✓", "✓"],
    ["- a", "a"],
    ["", ""],
    ["  :*. ", ""],
  ])("fold(%j) = %j", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe("looseKey", () => {
  it.each<[string, string]>([
    ["Partially-implemented", "partially implemented"],
    ["rec_id", "rec id"],
    ["Min. Justice", "min justice"],
    ["l'activité", "l activite"],
    ["Progress (%)", "progress %"],
    ["Supported/Noted", "supported noted"],
    ["经济、社会及文化权利委员会", "经济 社会及文化权利委员会"],
  ])("looseKey(%j) = %j", (input, expected) => {
    expect(looseKey(input)).toBe(expected);
  });
});

describe("editDistance", () => {
  it.each<[string, string, number | undefined, number]>([
    ["", "", undefined, 0],
    ["abc", "abc", undefined, 0],
    ["", "abc", undefined, 3],
    ["kitten", "sitting", undefined, 3],
    ["in progres", "in progress", undefined, 1],
    ["implementd", "implemented", undefined, 1],
    ["flaw", "lawn", undefined, 2],
    // Bounded: gives up with max + 1.
    ["kitten", "sitting", 1, 2],
    ["a", "abcdef", 2, 3],
    ["abcdef", "abcdef", 0, 0],
  ])("editDistance(%j, %j, %p) = %p", (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
    expect(editDistance(b, a, max)).toBe(expected);
  });
});

describe("splitList", () => {
  it.each<[string, { comma?: boolean } | undefined, string[]]>([
    ["- Women\n- Children", undefined, ["Women", "Children"]],
    ["- 16.3 - Promote the rule of law\n- 5 - Gender equality", undefined, ["16.3 - Promote the rule of law", "5 - Gender equality"]],
    ["a; b ;c", undefined, ["a", "b", "c"]],
    ["a | b|c", undefined, ["a", "b", "c"]],
    ["• a • b", undefined, ["a", "b"]],
    ["a\r\nb\rc", undefined, ["a", "b", "c"]],
    ["a, b", undefined, ["a, b"]],
    ["a, b，c、d", { comma: true }, ["a", "b", "c", "d"]],
    ["Women; women ; WOMEN", undefined, ["Women"]],
    ["  ;; \n - \n", undefined, []],
    ["", undefined, []],
    ["* item one\n* item two", undefined, ["item one", "item two"]],
    // A wrapped value in a bulleted UHRI cell continues on the next line.
    ["- Sexual & gender-based\nviolence\n- Right to health", undefined, ["Sexual & gender-based violence", "Right to health"]],
    ["أ؛ ب", undefined, ["أ", "ب"]],
  ])("splitList(%j, %j)", (raw, opts, expected) => {
    expect(splitList(raw, opts)).toEqual(expected);
  });
});

describe("memoize", () => {
  it("computes once per key and survives a full cache", () => {
    let calls = 0;
    const f = memoize((k: string) => {
      calls++;
      return k.length;
    }, 2);
    expect([f("a"), f("a"), f("bb")]).toEqual([1, 1, 2]);
    expect(calls).toBe(2);
    expect(f("ccc")).toBe(3); // cache full: cleared, still correct
    expect(f("a")).toBe(1);
    expect(calls).toBe(4);
  });

  it("caches undefined results too", () => {
    let calls = 0;
    const f = memoize((): undefined => {
      calls++;
      return undefined;
    });
    f("x");
    f("x");
    expect(calls).toBe(1);
  });
});
