/** Table header texts: Excel requires them non-empty, single-line and unique (ignoring case) within a table. */
import { translate } from "../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../i18n/messages/workbook";
import type { Lang } from "../model/codes";

const HEADER_LIMIT = 255;

export function tableHeaders(texts: readonly string[], lang: Lang): string[] {
  const seen = new Set<string>();
  return texts.map((raw, i) => {
    const base = raw.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim().slice(0, HEADER_LIMIT - 6) || translate(WORKBOOK_MESSAGES, "column.unnamed", lang, { n: i + 1 });
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return header;
  });
}
