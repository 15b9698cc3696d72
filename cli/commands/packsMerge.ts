/** `nmirf packs merge`: applies the returned packs to a copy of the tracker and reports, per institution, what was done. */
import fs from "node:fs";
import path from "node:path";
import { translate } from "../../shared/i18n/catalog";
import { renderIssue } from "../../shared/i18n/issues";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import type { Lang } from "../../shared/model/codes";
import { FIELD_LABELS, isField } from "../../shared/model/fields";
import { mergePacks, readPack, type MergeResult, type PackRead } from "../../shared/packs";
import { rollup } from "../../shared/rollup/rollup";
import { validateRecords } from "../../shared/validate/validateRecords";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { writeAtomically } from "../io/writeAtomically";
import { readSource } from "../read/readSource";
import { writeWorkbook } from "../write/writeXlsx";
import { PacksError, readTracker } from "./packsInput";
import { columnLabel } from "../../shared/packs/packSheets";

export interface MergeOptions {
  readonly output: string;
  readonly json?: string;
}

interface Line {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

const t = (lang: Lang, key: string, params = {}): string => translate(PACKS_MESSAGES, key, lang, params);

async function readPacks(files: readonly string[], cwd: string): Promise<PackRead[]> {
  const packs: PackRead[] = [];
  for (const file of files) {
    const read = readPack(await readSource(path.resolve(cwd, file)));
    if (!read.ok) throw new PacksError(read.problem.code, read.problem.params);
    packs.push(read.pack);
  }
  return packs;
}

const fieldName = (field: string, lang: Lang): string => (isField(field) ? FIELD_LABELS[field][lang] : columnLabel(field, lang));

/** Every problem of one pack, as located, translated lines: unmatched rows, rejected values, conflicts. */
function packLines(pack: PackRead, result: MergeResult, lang: Lang): { rejected: Line[]; conflicts: Line[] } {
  const mine = <T extends { file: string }>(xs: readonly T[]) => xs.filter((x) => x.file === pack.file);
  const rejected = [
    ...pack.problems.map((p) => ({ file: p.file, sheet: p.sheet, cell: p.cell, message: t(lang, p.code, p.params) })),
    ...mine(result.rejected).map((r) => ({ file: r.file, sheet: r.sheet, cell: r.cell, message: t(lang, r.messageKey, { value: r.value, id: r.value }) })),
  ];
  const conflicts = mine(result.conflicts).map((c) => ({ file: c.file, sheet: c.sheet, cell: c.cell, message: t(lang, "packs.conflict", { field: fieldName(c.field, lang), tracker: c.trackerValue, pack: c.packValue }) }));
  return { rejected, conflicts };
}

export async function mergeCommand(trackerFile: string, packFiles: readonly string[], opts: MergeOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([trackerFile, ...packFiles], [opts.output, opts.json], io.cwd);
  const { tracker } = await readTracker(trackerFile, io.cwd);
  const packs = await readPacks(packFiles, io.cwd);
  const now = io.now();
  const result = mergePacks(tracker.recommendations, packs, { at: now, lang: tracker.lang });
  const records = result.records;
  const issues = validateRecords(records, () => null).map((i) => renderIssue(i, tracker.lang));
  const plan = planWorkbook({ recommendations: records, issues, rollups: rollup(records, { asOf: now.slice(0, 10) }), log: [...tracker.log, ...result.log], lang: tracker.lang, extraColumns: tracker.extraColumns, generatedAt: now });
  await writeAtomically(path.resolve(io.cwd, opts.output), (tmp) => writeWorkbook(plan, tmp));
  const report = packs.map((pack) => ({ pack, applied: result.applied.filter((c) => c.file === pack.file).length, ...packLines(pack, result, lang) }));
  for (const r of report) {
    io.out(t(lang, "packs.merge.line", { institution: r.pack.meta.institution, file: r.pack.file, applied: r.applied, rejected: r.rejected.length, conflicts: r.conflicts.length }) + "\n");
    for (const l of [...r.rejected, ...r.conflicts]) io.out(t(lang, "packs.merge.problem", { place: `${l.file} › ${l.sheet} › ${l.cell}`, message: l.message }) + "\n");
  }
  io.out(t(lang, "packs.merge.written", { path: opts.output }) + "\n");
  if (opts.json) {
    const json = {
      schemaVersion: 1,
      mergedAt: now,
      tracker: path.basename(trackerFile),
      output: opts.output,
      institutions: report.map((r) => ({ institution: r.pack.meta.institution, file: r.pack.file, focalPoint: r.pack.focalPoint, issuedAt: r.pack.meta.issuedAt, applied: r.applied, rejected: r.rejected, conflicts: r.conflicts })),
      applied: result.applied,
      rejected: result.rejected,
      conflicts: result.conflicts,
    };
    await writeAtomically(path.resolve(io.cwd, opts.json), async (tmp) => fs.writeFileSync(tmp, JSON.stringify(json, null, 2)));
    io.out(t(lang, "packs.merge.json", { path: opts.json }) + "\n");
  }
  return 0;
}
