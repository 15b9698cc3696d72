import { ACTIVITY_STATUS_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "./labels";
import { LANGS } from "../model/codes";
import type { Match } from "./match";
import { parseActivityStatus, parsePosition, parseRecommendationStatus, STATUS_CONFLICTS } from "./status";

type Expect<T> = T | { guess: T } | null;

function check<T>(m: Match<T>, expected: Expect<T>): void {
  if (expected === null) {
    expect(m).toEqual({ kind: "none" });
  } else if (typeof expected === "object" && "guess" in expected) {
    expect(m).toMatchObject({ kind: "guess", value: expected.guess });
    if (m.kind === "guess") {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThan(1);
    }
  } else {
    expect(m).toEqual({ kind: "exact", value: expected });
  }
}

describe("no synonym is claimed by two codes", () => {
  it.each(Object.entries(STATUS_CONFLICTS))("%s", (_name, conflicts) => {
    expect(conflicts).toEqual([]);
  });
});

describe("every label parses back to its code, in every language", () => {
  const cases = [
    ...Object.entries(RECOMMENDATION_STATUS_LABELS).flatMap(([code, t]) =>
      LANGS.map((lang) => ["recommendation", lang, t[lang], code] as const)),
    ...Object.entries(POSITION_LABELS).flatMap(([code, t]) => LANGS.map((lang) => ["position", lang, t[lang], code] as const)),
    ...Object.entries(ACTIVITY_STATUS_LABELS).flatMap(([code, t]) => LANGS.map((lang) => ["activity", lang, t[lang], code] as const)),
  ];
  const parsers = { recommendation: parseRecommendationStatus, position: parsePosition, activity: parseActivityStatus };
  it.each(cases)("%s %s %j → %s", (kind, _lang, text, code) => {
    expect(parsers[kind](text)).toEqual({ kind: "exact", value: code });
    expect(parsers[kind](text.toUpperCase())).toEqual({ kind: "exact", value: code });
  });
});

describe("parseRecommendationStatus", () => {
  it.each<[string, Expect<string>]>([
    ["Mise en œuvre", "implemented"],
    ["Mis en oeuvre", "implemented"],
    ["MISE EN ŒUVRE", "implemented"],
    ["Réalisé", "implemented"],
    ["realise", "implemented"],
    ["Achevé", "implemented"],
    ["Terminé", "implemented"],
    ["Completed", "implemented"],
    ["Done", "implemented"],
    ["done.", "implemented"],
    ["✓", "implemented"],
    ["✔", "implemented"],
    ["Cumplida", "implemented"],
    ["Implementada", "implemented"],
    ["منفذة", "implemented"],
    ["Выполнено", "implemented"],
    ["已落实", "implemented"],
    ["En cours", "in_progress"],
    ["En proceso", "in_progress"],
    ["Em andamento", "in_progress"],
    ["Ongoing", "in_progress"],
    ["on-going", "in_progress"],
    ["قيد التنفيذ", "in_progress"],
    ["进行中", "in_progress"],
    ["Non entamée", "not_started"],
    ["Pas commencé", "not_started"],
    ["No iniciada", "not_started"],
    ["Pendiente", "not_started"],
    ["Not yet started", "not_started"],
    ["Not started", "not_started"],
    ["Partiellement mis en œuvre", "partially_implemented"],
    ["Partiellement mise en oeuvre", "partially_implemented"],
    ["Partially", "partially_implemented"],
    ["partially-implemented", "partially_implemented"],
    ["Parcialmente cumplida", "partially_implemented"],
    // Typos and partial entries: kept as written by the caller, with a suggestion.
    ["In progres", { guess: "in_progress" }],
    ["implementd", { guess: "implemented" }],
    ["en cour", { guess: "in_progress" }],
    ["Implemented (law adopted in 2021)", { guess: "implemented" }],
    ["Partially implemented – see report", { guess: "partially_implemented" }],
    ["Not startd", { guess: "not_started" }],
    // Negation must never be lost in a guess.
    ["not yet fully implemented", null],
    ["pas encore réalisé", null],
    // Two statuses at once, progress, positions and noise: no idea.
    ["In progress / implemented", null],
    ["100%", null],
    ["45 %", null],
    ["Accepted", null],
    ["Noted", null],
    ["N/A", null],
    ["", null],
    ["   ", null],
    ["blah", null],
    ["x", null],
  ])("%j → %j", (raw, expected) => {
    check(parseRecommendationStatus(raw), expected);
  });
});

describe("parsePosition", () => {
  it.each<[string, Expect<string>]>([
    ["Supported", "supported"],
    ["Accepted", "supported"],
    ["acceptée", "supported"],
    ["Aceptada", "supported"],
    ["Apoyada", "supported"],
    ["Aceita", "supported"],
    ["مؤيدة", "supported"],
    ["Поддержана", "supported"],
    ["支持", "supported"],
    ["Noted", "noted"],
    ["Rejected", "noted"],
    ["Prise en note", "noted"],
    ["Tomada en cuenta", "noted"],
    ["أحيط بها علما", "noted"],
    ["Принята к сведению", "noted"],
    ["Принята", "supported"],
    ["注意到", "noted"],
    ["Supported in part", "supported_in_part"],
    ["partially accepted", "supported_in_part"],
    ["Supported/Noted", "supported_in_part"],
    ["Aceptada parcialmente", "supported_in_part"],
    ["Suported", { guess: "supported" }],
    ["Acceptée (voir A/HRC/43/15/Add.1)", { guess: "supported" }],
    ["Accepted|Noted", { guess: "supported_in_part" }],
    ["Implemented", null],
    ["Not accepted yet?", { guess: "noted" }],
    ["To be decided", null],
    ["", null],
    ["Pending", null],
  ])("%j → %j", (raw, expected) => {
    check(parsePosition(raw), expected);
  });
});

describe("parseActivityStatus", () => {
  it.each<[string, Expect<string>]>([
    ["Planned", "planned"],
    ["Prévue", "planned"],
    ["À venir", "planned"],
    ["a venir", "planned"],
    ["Programada", "planned"],
    ["Not started", "planned"],
    ["In progress", "in_progress"],
    ["En curso", "in_progress"],
    ["Ongoing", "in_progress"],
    ["جارٍ", "in_progress"],
    ["Completed", "completed"],
    ["Done", "completed"],
    ["✓", "completed"],
    ["Achevée", "completed"],
    ["Terminado", "completed"],
    ["Concluída", "completed"],
    ["Завершено", "completed"],
    ["已完成", "completed"],
    ["Cancelled", "cancelled"],
    ["Canceled", "cancelled"],
    ["Annulée", "cancelled"],
    ["Cancelada", "cancelled"],
    ["Отменено", "cancelled"],
    ["Completd", { guess: "completed" }],
    ["Cancelled (budget)", { guess: "cancelled" }],
    ["Partially implemented", null],
    ["100%", null],
    ["", null],
  ])("%j → %j", (raw, expected) => {
    check(parseActivityStatus(raw), expected);
  });
});

describe("guess confidence", () => {
  it("is higher for a one-letter typo than for a partial match", () => {
    const typo = parseRecommendationStatus("In progres");
    const partial = parseRecommendationStatus("Implemented (law adopted in 2021)");
    expect(typo.kind === "guess" && partial.kind === "guess" && typo.confidence > partial.confidence).toBe(true);
  });
});
