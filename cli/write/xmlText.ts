/**
 * Text as it goes inside a cell's <t> element. XML entities for & < >; a carriage return as &#13; (XML would
 * otherwise turn it into a line feed); characters XML 1.0 cannot carry at all (most control characters, lone
 * surrogates, U+FFFE/U+FFFF) as Excel's _xHHHH_ escape, which Excel decodes — so a literal "_x0041_" in the
 * text gets its underscore escaped too (_x005F_), or Excel would read it as "A".
 */

const NEEDS_WORK = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]|_x[0-9a-fA-F]{4}_/;
const UNITS = /[&<>\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9a-fA-F]{4}_)/g;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };

const excelEscape = (unit: string): string => `_x${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

export function cellXmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(UNITS, (unit) => ENTITIES[unit] ?? excelEscape(unit));
}

/** An attribute value (table column names, notes): entities only, quotes included. */
export const xmlAttr = (text: string): string =>
  text.replace(/[&<>"\r\n\t]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;" })[c]!);
