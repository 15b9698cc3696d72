/**
 * A recommendation's reference as the UN writes it: "A/HRC/43/15, para. 121.29", "CEDAW/C/PRY/CO/7, par. 37",
 * "CEDAW/C/PRY/CO/7，第37段". Without a document symbol the mechanism (and UPR cycle) stands in for it.
 */
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { MECHANISM_LABELS } from "../vocab/labels";
import { sayIn } from "./say";

type ReferenceFields = Pick<Recommendation, "symbol" | "paragraph" | "mechanism" | "cycle" | "ref">;

function sourceOf(rec: ReferenceFields, lang: Lang): string | null {
  if (rec.symbol) return rec.symbol.trim();
  if (rec.mechanism === null) return null;
  const mechanism = MECHANISM_LABELS[rec.mechanism][lang];
  return rec.cycle === null ? mechanism : sayIn(lang)("report.mechanismCycle", { mechanism, cycle: rec.cycle });
}

/** Null when nothing identifies the recommendation: the caller shows a placeholder instead. */
export function formatReference(rec: ReferenceFields, lang: Lang): string | null {
  const say = sayIn(lang);
  const source = sourceOf(rec, lang);
  const paragraph = rec.paragraph?.trim() || null;
  if (source !== null && paragraph !== null) return say("report.reference", { symbol: source, paragraph });
  if (paragraph !== null) return say("report.referenceParagraphOnly", { paragraph });
  if (source !== null && rec.ref) return `${source} ${rec.ref}`;
  return source ?? (rec.ref || null);
}
