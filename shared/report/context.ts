/** What every template is built with: the report's language and words, the tracker's data date and when records were last reported. */
import type { Lang } from "../model/codes";
import type { LastReported } from "./lastReported";
import { sayIn, type Say } from "./say";

export interface ReportContext {
  readonly lang: Lang;
  readonly say: Say;
  /** ISO day the tracker's data is as of. */
  readonly dataDate: string;
  readonly lastReported: LastReported;
}

export const reportContext = (lang: Lang, dataDate: string, lastReported: LastReported): ReportContext => ({
  lang,
  say: sayIn(lang),
  dataDate,
  lastReported,
});
