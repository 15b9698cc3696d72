/**
 * The tag that finds a report section again in Word (content-control tag, at most 255 characters) and says how to
 * rebuild it. Two forms, both namespaced and versioned:
 *
 *   nmirf:v1:<base64url of the ReportSpec JSON>                     the whole spec, when it fits in 255 characters
 *   nmirf:v1:h:<template>:<lang>:<dataDate>:<hash of the spec JSON>  when the filters are too long; the host keeps
 *                                                                     the full spec beside the document, by hash
 *
 * Keys of the JSON are written in a fixed order so the same spec always gives the same tag.
 */
import { hash53 } from "../import/hash";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { ReportSpec, TemplateId } from "./reportSpec";
import { Lang } from "../model/codes";

export const TAG_PREFIX = "nmirf:v1:";
/** Word's limit on a content control's tag. */
export const MAX_TAG_LENGTH = 255;

/** JSON with keys in a fixed order at every depth. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const specHash = (spec: ReportSpec): string => hash53(canonicalJson(spec));

export function sectionTag(spec: ReportSpec): string {
  const full = TAG_PREFIX + encodeBase64url(canonicalJson(spec));
  if (full.length <= MAX_TAG_LENGTH) return full;
  return `${TAG_PREFIX}h:${spec.template}:${spec.lang}:${spec.dataDate}:${specHash(spec)}`;
}

export type DecodedTag =
  | { readonly kind: "spec"; readonly spec: ReportSpec }
  | { readonly kind: "hashed"; readonly template: TemplateId; readonly lang: Lang; readonly dataDate: string; readonly hash: string };

/** Null for a tag that is not ours (another add-in's content control) or that cannot be read. */
export function decodeSectionTag(tag: string): DecodedTag | null {
  if (!tag.startsWith(TAG_PREFIX)) return null;
  const body = tag.slice(TAG_PREFIX.length);
  const hashed = /^h:([a-z-]+):([a-z]{2}):(\d{4}-\d{2}-\d{2}):([0-9A-Z]+)$/.exec(body);
  if (hashed) {
    const template = TemplateId.safeParse(hashed[1]);
    const lang = Lang.safeParse(hashed[2]);
    return template.success && lang.success ? { kind: "hashed", template: template.data, lang: lang.data, dataDate: hashed[3]!, hash: hashed[4]! } : null;
  }
  const json = decodeBase64url(body);
  if (json === null) return null;
  try {
    const spec = ReportSpec.safeParse(JSON.parse(json));
    return spec.success ? { kind: "spec", spec: spec.data } : null;
  } catch {
    return null;
  }
}
