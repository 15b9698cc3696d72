/**
 * What Convert and Import share: the analysis on show, the user's corrections to its column mapping, and writing its
 * plan into the workbook, with progress and cancel, once the user is content with it.
 */
import { useState } from "react";
import type { ConvertAnalysis } from "../../shared/flows";
import type { Field } from "../../shared/model/fields";
import type { Job } from "../common/useJob";
import type { PaneHost } from "../host";
import { useMessages } from "../i18n/messages";

export interface MappedAnalysis {
  readonly analysis: ConvertAnalysis | null;
  readonly corrected: ReadonlyMap<string, Field | null>;
  show(analysis: ConvertAnalysis | null): void;
  correct(header: string, field: Field | null): void;
  /** The corrections as the engine takes them. */
  overrides(): { header: string; field: Field | null }[];
  /** A new source: the analysis and its corrections no longer apply. */
  reset(): void;
  /** Writes the plan shown, keeping the named sheets; `done` words the outcome. */
  write(keep: readonly string[], done: (written: ConvertAnalysis) => string): Promise<void>;
}

export function useMappedAnalysis(host: PaneHost, job: Job): MappedAnalysis {
  const { t } = useMessages();
  const [analysis, setAnalysis] = useState<ConvertAnalysis | null>(null);
  const [corrected, setCorrected] = useState<Map<string, Field | null>>(new Map());
  return {
    analysis,
    corrected,
    show: setAnalysis,
    correct: (header, field) => setCorrected(new Map(corrected).set(header, field)),
    overrides: () => [...corrected].map(([header, field]) => ({ header, field })),
    reset: () => {
      setAnalysis(null);
      setCorrected(new Map());
    },
    write: (keep, done) => job.start(async ({ step, signal }) => {
      if (!analysis) return null;
      await host.applyPlan(analysis.plan, { keep: [...keep], signal, onProgress: (n, total) => step(t("common.writing"), n, total) });
      setAnalysis(null);
      return { intent: "success", text: done(analysis) };
    }),
  };
}
