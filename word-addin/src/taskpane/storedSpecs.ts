/// <reference types="office-js" />
/**
 * Specs too long for their section's tag are kept in the document's own settings (they travel with the file),
 * by hash; read back through the schema, since anyone may have edited the document.
 */
import { z } from "zod";
import { ReportSpec } from "../../../shared/report/reportSpec";
import { decodeSectionTag, sectionTag, specHash } from "../../../shared/report/sectionTag";

const KEY = "nmirf.reportSpecs";
const Stored = z.record(z.string(), z.unknown());

export function readStoredSpecs(settings: Office.Settings): Record<string, ReportSpec> {
  const raw = Stored.safeParse(settings.get(KEY));
  if (!raw.success) return {};
  return Object.fromEntries(Object.entries(raw.data).flatMap(([hash, value]) => {
    const spec = ReportSpec.safeParse(value);
    return spec.success ? [[hash, spec.data] as const] : [];
  }));
}

/** Keeps the specs whose tags hold only their hash; does nothing (and saves nothing) when every spec fits its tag. */
export function storeSpecs(settings: Office.Settings, specs: readonly ReportSpec[]): Promise<void> {
  const hashed = specs.filter((spec) => decodeSectionTag(sectionTag(spec))?.kind === "hashed");
  if (hashed.length === 0) return Promise.resolve();
  settings.set(KEY, { ...readStoredSpecs(settings), ...Object.fromEntries(hashed.map((spec) => [specHash(spec), spec])) });
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? "settings not saved")))),
  );
}
