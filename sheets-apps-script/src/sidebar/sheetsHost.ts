/** The Sheets side of the pane: every spreadsheet call is a server function reached through `google.script.run`. */
import type { SourceFile } from "../../../shared/grid/grid";
import type { Lang } from "../../../shared/model/codes";
import { basedOn } from "../../../shared/workbook/basedOn";
import { CancelledError, type PaneHost } from "../../../ui/host";
import type { ServerCall } from "./scriptRun";

export function sheetsHost(opts: { lang: Lang; user: string; call: ServerCall }): PaneHost {
  const { call } = opts;
  // Others edit a shared sheet while the pane plans: a plan is written only over the tracker it was made from (the
  // pane's last read), which the server checks again just before replacing it.
  let lastRead: SourceFile = { file: "", sheets: [] };
  return {
    lang: opts.lang,
    user: opts.user,
    now: () => new Date().toISOString(),
    readWorkbook: async (onProgress) => {
      onProgress(0, 1);
      lastRead = await call("sidebarReadWorkbook");
      onProgress(1, 1);
      return lastRead;
    },
    activeSheet: () => call("sidebarActiveSheet"),
    // One execution writes what fits in Apps Script's time limit; calling again goes on from its checkpoint. A
    // cancel can only land between executions, where discarding the checkpoint leaves the spreadsheet as it was.
    applyPlan: async (plan, { keep, onProgress, signal }) => {
      const based = basedOn(plan, lastRead);
      let progress = await call("sidebarApplyPlan", plan, keep, based);
      onProgress(progress.done, progress.total);
      while (!progress.finished) {
        if (signal.aborted) {
          await call("sidebarDiscardPlan");
          throw new CancelledError();
        }
        progress = await call("sidebarApplyPlan", plan, keep, based);
        onProgress(progress.done, progress.total);
      }
    },
    goTo: (target) => call("sidebarGoTo", target),
    writeCell: (target, value, dateFormat) => call("sidebarWriteCell", target, value, dateFormat),
    paintHighlights: (sheets) => call("sidebarPaintHighlights", sheets),
  };
}
