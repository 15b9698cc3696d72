import fc from "fast-check";
import { charSignature, containsWords, createVocabulary, signatureDistance, typoBudget } from "./match";
import { editDistance } from "./text";

const vocab = createVocabulary(
  { yes: ["Yes", "Affirmative", "Approved"], no: ["No", "Negative", "Not approved"], maybe: ["Maybe", "Approximately"] },
  { guards: [["not", "no"]] },
);

describe("createVocabulary", () => {
  it.each<[string, unknown]>([
    ["yes", { kind: "exact", value: "yes" }],
    ["  AFFIRMATIVE. ", { kind: "exact", value: "yes" }],
    ["Affirmativ", { kind: "guess", value: "yes", confidence: 0.9 }],
    ["Negativ", { kind: "guess", value: "no", confidence: 0.86 }],
    // Prefix: one code only.
    ["Affirm", { kind: "guess", value: "yes", confidence: 0.7 }],
    // A prefix shared by two codes ("Appro…ved" / "Appro…ximately") is ambiguous.
    ["Appro", { kind: "none" }],
    // Containment, with the negation guard.
    ["Approved by the board", { kind: "guess", value: "yes", confidence: 0.6 }],
    ["Not approved by the board", { kind: "guess", value: "no", confidence: 0.6 }],
    ["No, approved later", { kind: "none" }],
    ["Affirmative or negative", { kind: "none" }],
    ["12", { kind: "none" }],
    ["", { kind: "none" }],
    ["zzz", { kind: "none" }],
  ])("%j → %j", (raw, expected) => {
    expect(vocab.match(raw)).toEqual(expected);
  });

  it("exposes the exact look-up alone", () => {
    expect(vocab.exact("Approved")).toBe("yes");
    expect(vocab.exact("Approvd")).toBeUndefined();
  });

  it("reports and refuses a synonym claimed by two codes", () => {
    const clash = createVocabulary({ a: ["Shared", "Alpha"], b: ["shared", "Beta"] });
    expect(clash.conflicts).toEqual(["shared"]);
    expect(clash.match("Shared")).toEqual({ kind: "none" });
    expect(clash.match("alpha")).toEqual({ kind: "exact", value: "a" });
  });
});

describe("containsWords", () => {
  it.each<[string, string, boolean]>([
    ["in progress now", "in progress", true],
    ["progressive", "progress", false],
    ["implemented", "implemented", true],
    ["not implemented", "implemented", true],
    ["unimplemented", "implemented", false],
    ["正在进行中", "进行中", true],
  ])("%j contains %j: %p", (hay, needle, expected) => {
    expect(containsWords(hay, needle)).toBe(expected);
  });
});

it.each<[number, number]>([[0, 0], [4, 0], [5, 1], [8, 1], [9, 2], [14, 2], [15, 3], [40, 3]])("typoBudget(%p) = %p", (len, budget) => {
  expect(typoBudget(len)).toBe(budget);
});

describe("edit distance properties", () => {
  const naive = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return d[a.length][b.length];
  };
  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "ж", "进"), maxLength: 12 });

  it("the banded distance agrees with the textbook one, capped at max + 1", () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = naive(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it("the signature bound never exceeds the distance", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 15 }), fc.string({ maxLength: 15 }), (a, b) => {
        expect(signatureDistance(charSignature(a), charSignature(b))).toBeLessThanOrEqual(naive(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
