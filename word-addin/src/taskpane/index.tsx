/// <reference types="office-js" />
/** The Word task pane's entry: render once Office is ready, with the Word host and the report worker. */
import { createRoot } from "react-dom/client";
import { direction } from "../../../shared/i18n/catalog";
import { langOfLocale } from "../../../shared/i18n/locale";
import { reportEngine } from "../../../ui/report/reportEngine";
import { WordPane } from "../../../ui/shell/WordPane";
import { wordHost } from "./wordHost";

void Office.onReady(() => {
  const lang = langOfLocale(Office.context.displayLanguage ?? "en");
  const host = wordHost({
    lang,
    settings: Office.context.document.settings,
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  const engine = reportEngine(() => new Worker(new URL("../../../ui/report/report.worker.ts", import.meta.url)));
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
  createRoot(document.getElementById("root")!).render(<WordPane host={host} engine={engine} />);
});
