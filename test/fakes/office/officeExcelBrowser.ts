/// <reference types="office-js" />
/**
 * Office.js as a task pane meets it in Excel or Word on the web, answered by the strict fakes. Bundled by
 * test/e2e/support/officeScript.ts and served in place of appsforoffice.microsoft.com's office.js, so the
 * production page runs unchanged. Reads its seed from window.__nmirfSeed and leaves window.__nmirfFake (Excel)
 * or window.__nmirfWord (Word). Excel.createWorkbook keeps the files it was given there instead of opening them.
 */
import { FakeExcel, FakeOfficeError } from "../excel";
import { HOST_WORK, type FakeHandle, type PageGlobals } from "./contract";
import { DEFAULT_REQUIREMENT_SETS, isSetSupported } from "./requirements";
import { installWord } from "./wordBrowser";

const page = globalThis as unknown as PageGlobals;
const seed = page.__nmirfSeed ?? {};
const sets = seed.requirementSets ?? DEFAULT_REQUIREMENT_SETS;
const isWord = seed.host === "Word";
const displayLanguage = seed.displayLanguage ?? "en-US";

const HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
const info = { host: isWord ? HostType.Word : HostType.Excel, platform: PlatformType.OfficeOnline } as unknown as Awaited<ReturnType<typeof Office.onReady>>;

// The host answers asynchronously, in parallel with the DOM loading: a pane must not assume which comes first.
const hostReady = new Promise<void>((resolve) => setTimeout(resolve, 0));

const onReady: typeof Office.onReady = (callback) =>
  hostReady.then(() => {
    callback?.(info);
    return info;
  });

const requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> = {
  isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(sets, name, minVersion),
};

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
const context = { displayLanguage, contentLanguage: seed.contentLanguage ?? displayLanguage, requirements };
page.Office = { onReady, HostType, PlatformType, AsyncResultStatus, context };
// Lets a pane branch on `error instanceof OfficeExtension.Error` as it would with the real library.
page.OfficeExtension = { Error: FakeOfficeError };
if (isWord) installWord(page, seed, context);
else installExcel();

function installExcel(): void {
  (context as Record<string, unknown>)["document"] = { url: seed.documentUrl ?? "" };
  const excel = new FakeExcel();
  for (const sheet of seed.sheets ?? []) excel.seed(sheet);
  // Excel answers from its own process: the page waits a task for each reply, and the host's work is marked apart.
  excel.context.roundTrip = () => new Promise((resolve) => setTimeout(resolve, 0));
  excel.context.onHostWork = (start, end) => void performance.measure(HOST_WORK, { start, end });
  /** Excel.run(batch) only: the other overloads (tracked objects, run options) are not modelled and fail loudly. */
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== "function") return Promise.reject(new Error("the Office.js fake models Excel.run(batch) only"));
    return excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
  };
  const opened: string[] = [];
  page.Excel = { run, createWorkbook: (file?: string) => createWorkbook(opened, file) };
  const handle: FakeHandle = {
    excel,
    sheetNames: () => excel.sheetNames(),
    values: (sheet) => Array.from(excel.sheet(sheet).values, (row) => Array.from(row ?? [], (v) => v ?? null)),
    syncs: () => [...excel.syncs],
    openedWorkbooks: () => [...opened],
  };
  page.__nmirfFake = handle;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Like ExcelApi 1.8's: a blank workbook without a file, else the file as base64 (not a data URL, not raw text). */
function createWorkbook(opened: string[], file?: string): Promise<void> {
  if (!isSetSupported(sets, "ExcelApi", "1.8")) return Promise.reject(new FakeOfficeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8."));
  if (file !== undefined && (typeof file !== "string" || !BASE64.test(file))) {
    return Promise.reject(new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format."));
  }
  opened.push(file ?? "");
  return new Promise((resolve) => setTimeout(resolve, 0));
}
