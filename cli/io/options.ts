/** Parses the options shared by the commands: language, date, column-mapping overrides and institution aliases. */
import fs from "node:fs";
import path from "node:path";
import { Lang } from "../../shared/model/codes";
import { langOfLocale } from "../../shared/i18n/locale";
import { FIELDS, isField } from "../../shared/model/fields";
import type { MappingOverride } from "../../shared/import/columnMapping";
import { GENERIC_INSTITUTION_ALIASES, parseAliasTable, type AliasTable } from "../../shared/vocab/institutions";
import { translate } from "../../shared/i18n/catalog";
import { CLI_MESSAGES } from "../../shared/i18n/messages/cli";
import { CliError } from "./CliError";

/** The language asked for, else the one of the user's environment, else English. */
export function chooseLang(asked: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (asked !== undefined) {
    const parsed = Lang.safeParse(asked.toLowerCase());
    if (!parsed.success) throw new CliError("cli.badLang", { value: asked });
    return parsed.data;
  }
  return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

export function parseAsOf(value: string | undefined, today: string): string {
  if (value === undefined) return today.slice(0, 10);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  if (!ok || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw new CliError("cli.badDate", { value });
  return value;
}

/** "Header=field" or "Header=-" (keep as an extra column). The last "=" splits, so headers may contain "=". */
export function parseMapping(value: string): MappingOverride {
  const at = value.lastIndexOf("=");
  const header = value.slice(0, at).trim();
  const field = value.slice(at + 1).trim();
  if (at <= 0 || !header) throw new CliError("cli.badMap", { value, fields: FIELDS.join(", ") });
  if (field === "-") return { header, field: null };
  if (!isField(field)) throw new CliError("cli.badMap", { value, fields: FIELDS.join(", ") });
  return { header, field };
}

/** A mapping file: one "Header=field" a line; blank lines and # comments are skipped. */
export function readMappingFile(file: string, cwd: string, lang: Lang): MappingOverride[] {
  const text = readText(file, cwd);
  const out: MappingOverride[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    try {
      out.push(parseMapping(line));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      throw new CliError("cli.badFileLine", { file, line: i + 1, problem: translate(CLI_MESSAGES, e.key, lang, e.params) });
    }
  });
  return out;
}

/** The user's alias file; "generic" is the built-in list with English names. Without one, names stay as written. */
export function readAliases(file: string | undefined, cwd: string, lang: Lang): AliasTable {
  if (!file) return [];
  if (file === "generic") return GENERIC_INSTITUTION_ALIASES;
  const parsed = parseAliasTable(readText(file, cwd));
  if ("error" in parsed) throw new CliError("cli.badFileLine", { file, line: parsed.line, problem: translate(CLI_MESSAGES, "cli.badAliasLine", lang) });
  return parsed;
}

function readText(file: string, cwd: string): string {
  const full = path.resolve(cwd, file);
  if (!fs.existsSync(full)) throw new CliError("input.missing", { file });
  return fs.readFileSync(full, "utf8").replace(/^\uFEFF/, "");
}
