/// <reference types="office-js" />
/** The Excel task pane's entry: render once Office is ready, with the Excel host and the engine in a worker. */
import { createRoot } from "react-dom/client";
import { direction } from "../../../shared/i18n/catalog";
import { langOfLocale } from "../../../shared/i18n/locale";
import { workerEngine } from "../../../ui/engine/workerEngine";
import { TaskPane } from "../../../ui/shell/TaskPane";
import { documentName } from "./documentName";
import { excelHost } from "./excelHost";
import { userName } from "./userName";

/** The page's localStorage, or null where reading it throws (some locked-down webviews). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

void Office.onReady(() => {
  const lang = langOfLocale(Office.context.displayLanguage ?? "en");
  const host = excelHost({
    lang,
    user: userName(storage(), "Excel"),
    file: documentName(Office.context.document?.url),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  const engine = workerEngine(() => new Worker(new URL("../../../ui/engine/engine.worker.ts", import.meta.url)));
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
  createRoot(document.getElementById("root")!).render(<TaskPane host={host} engine={engine} />);
});
