/**
 * Debian's Chromium driven by playwright-core, and a production page opened in it as a task pane: served from a
 * local folder, Office.js answered by the strict fake seeded by the test, the network guarded, errors collected.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { StoredValue, SyncRecord } from "../../fakes/excel";
import type { OfficeSeed, PageGlobals } from "../../fakes/office/contract";
import { guardNetwork } from "./network";
import { repoRoot } from "./repoRoot";
import { startStaticServer } from "./staticServer";

/** CI installs it with apt-get; the tests never download a browser. */
export const CHROMIUM = "/usr/bin/chromium";
/** The webpack output the production task panes are served from. */
export const WEB_ROOT = path.join(repoRoot(), "dist", "web");

export const hasChromium = (): boolean => fs.existsSync(CHROMIUM);

/** Like describe; without Debian's chromium the block is skipped and the reason printed. */
export function describeWithChromium(name: string, body: () => void): void {
  if (hasChromium()) {
    describe(name, body);
    return;
  }
  process.stderr.write(`${name}: skipped, ${CHROMIUM} is absent (apt-get install chromium).\n`);
  describe.skip(`${name} (skipped: ${CHROMIUM} is absent)`, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** One browser for the describe block it is called in: launched before its tests, closed after. */
export function chromiumForSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not running: call openTaskPane inside a test of the suite that called chromiumForSuite()");
    return browser;
  };
}

export interface OpenTaskPaneOptions {
  /** The page's path under root, e.g. "excel/taskpane.html". */
  readonly page: string;
  readonly seed?: OfficeSeed;
  /** The folder served on 127.0.0.1; WEB_ROOT (dist/web) by default. */
  readonly root?: string;
  /** A task pane's size by default. */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** Reads the fake workbook behind the page's Excel.run. */
export interface FakeInspector {
  sheetNames(): Promise<string[]>;
  values(sheet: string): Promise<(StoredValue | null)[][]>;
  syncs(): Promise<SyncRecord[]>;
  openedWorkbooks(): Promise<string[]>;
}

export interface TaskPane {
  readonly page: Page;
  readonly fake: FakeInspector;
  /** Requests to anywhere but 127.0.0.1 and Office.js: blocked, and expected to stay empty. */
  readonly externalRequests: readonly string[];
  /** Paths the static server could not find. */
  readonly notFound: readonly string[];
  /** console.error messages, including the browser's own (a failed load, a CSP refusal). */
  readonly consoleErrors: readonly string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

const TASK_PANE_VIEWPORT = { width: 360, height: 720 };

function inspect(page: Page): FakeInspector {
  // Each callback runs in the page, so it names the handle itself rather than closing over anything here.
  return {
    sheetNames: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__nmirfFake!.sheetNames()),
    values: (sheet) => page.evaluate((name) => (globalThis as unknown as PageGlobals).__nmirfFake!.values(name), sheet),
    syncs: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__nmirfFake!.syncs()),
    openedWorkbooks: () => page.evaluate(() => (globalThis as unknown as PageGlobals).__nmirfFake!.openedWorkbooks()),
  };
}

/** console.error messages and uncaught errors of a page, collected as they happen. */
export function collectErrors(page: Page): { consoleErrors: string[]; pageErrors: string[] } {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? String(error)));
  return { consoleErrors, pageErrors };
}

export async function openTaskPane(browser: Browser, options: OpenTaskPaneOptions): Promise<TaskPane> {
  const root = options.root ?? WEB_ROOT;
  if (!fs.existsSync(path.join(root, options.page))) {
    throw new Error(`${path.join(root, options.page)} is missing${root === WEB_ROOT ? ": build the task panes first (npm run build)" : ""}`);
  }
  const server = await startStaticServer(root);
  const context = await browser.newContext({ viewport: options.viewport ?? TASK_PANE_VIEWPORT, serviceWorkers: "block" });
  try {
    const externalRequests = await guardNetwork(context);
    await context.addInitScript((seed) => {
      (globalThis as unknown as PageGlobals).__nmirfSeed = seed;
    }, options.seed ?? {});
    const page = await context.newPage();
    const { consoleErrors, pageErrors } = collectErrors(page);
    await page.goto(`${server.origin}/${options.page}`);
    return {
      page,
      fake: inspect(page),
      externalRequests,
      notFound: server.notFound,
      consoleErrors,
      pageErrors,
      close: async () => {
        await context.close();
        await server.close();
      },
    };
  } catch (error) {
    await context.close();
    await server.close();
    throw error;
  }
}
