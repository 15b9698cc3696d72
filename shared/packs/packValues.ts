/** Editable values of a pack: as canonical text (what is fingerprinted and logged), as shown, and read back from a cell. */
import type { Cell } from "../grid/grid";
import { cellText } from "../grid/cellText";
import { LANGS, type Lang } from "../model/codes";
import type { Activity, Recommendation } from "../model/tracker";
import { PACKS_MESSAGES } from "../i18n/messages/packs";
import { ACTIVITY_STATUS_VOCAB, codeLabel, codeOf, STATUS_VOCAB } from "../workbook/codec/codeLabels";
import { parseActivityStatus, parseRecommendationStatus } from "../vocab/status";
import { parseDateValue } from "../vocab/dates";
import { parseProgress } from "../vocab/progress";
import type { ActEditable, PackField, RecEditable } from "./packLayout";

/** The evidence link is kept in an extra column; any language's header for it is recognised. */
export const EVIDENCE_HEADERS: readonly string[] = LANGS.map((l) => PACKS_MESSAGES["packs.column.evidence"]![l]);

export function evidenceHeader(rec: Recommendation, lang: Lang): string {
  return EVIDENCE_HEADERS.find((h) => Object.prototype.hasOwnProperty.call(rec.extra, h)) ?? PACKS_MESSAGES["packs.column.evidence"]![lang];
}

export function recValue(rec: Recommendation, field: RecEditable): string {
  switch (field) {
    case "status":
      return rec.status ?? "";
    case "progress":
      return rec.progress === null ? "" : String(rec.progress);
    case "comments":
      return rec.comments ?? "";
    case "evidence": {
      const header = EVIDENCE_HEADERS.find((h) => Object.prototype.hasOwnProperty.call(rec.extra, h));
      return header === undefined ? "" : rec.extra[header]!;
    }
  }
}

export const actValue = (act: Activity, field: ActEditable): string => (field === "activityStatus" ? (act.status ?? "") : (act.deadline ?? ""));

/** A canonical value as the pack shows it: codes as labels in the pack's language, progress as a number. */
export function shownValue(field: PackField, canonical: string, lang: Lang): string | number | null {
  if (canonical === "") return null;
  if (field === "status") return codeLabel(STATUS_VOCAB, canonical as never, lang);
  if (field === "activityStatus") return codeLabel(ACTIVITY_STATUS_VOCAB, canonical as never, lang);
  if (field === "progress") return Number(canonical);
  return canonical;
}

/** A value read from a pack: its canonical text ("" when empty), or the message key saying why it cannot be used. */
export type ParsedValue = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly key: string };

const ok = (value: string): ParsedValue => ({ ok: true, value });
const bad = (key: string): ParsedValue => ({ ok: false, key });

/** The label of the pack's language first; then any code, label or synonym the vocabulary recognises exactly. */
export function parseCell(field: PackField, cell: Cell, lang: Lang): ParsedValue {
  const text = cellText(cell).trim();
  if (text === "") return ok("");
  // Free text is taken exactly as typed, so an untouched cell always equals what was sent.
  if (field === "comments" || field === "evidence") return ok(cellText(cell));
  switch (field) {
    case "status": {
      const code = codeOf(STATUS_VOCAB, text, lang) ?? exact(parseRecommendationStatus(text));
      return code === null ? bad("packs.invalidStatus") : ok(code);
    }
    case "activityStatus": {
      const code = codeOf(ACTIVITY_STATUS_VOCAB, text, lang) ?? exact(parseActivityStatus(text));
      return code === null ? bad("packs.invalidStatus") : ok(code);
    }
    case "progress": {
      const p = parseProgress(cell);
      return p.kind === "ok" ? ok(String(p.value)) : bad("packs.invalidProgress");
    }
    case "activityDeadline": {
      const d = parseDateValue(cell, lang);
      return d.kind === "ok" ? ok(d.value) : bad("packs.invalidDate");
    }
  }
}

const exact = <T>(m: { kind: string; value?: T }): T | null => (m.kind === "exact" && m.value !== undefined ? m.value : null);
