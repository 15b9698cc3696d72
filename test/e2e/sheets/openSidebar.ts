/**
 * The sidebar as Google Sheets shows it, in headless Chromium: the page the built add-on serves through HtmlService
 * (nmirfSidebar, as the menu calls it), with `google.script.run` bridged to that same built add-on running on the
 * strict Apps Script fake in Node. The network is guarded and errors are collected, as for the task panes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import type { FakeAppsScript } from "../../fakes/appsScript";
import { collectErrors } from "../support/browser";
import { guardNetwork } from "../support/network";
import { startStaticServer } from "../support/staticServer";
import { loadAddon, runServer } from "./addonBundle";

/** Google's sidebar is 300 px wide. */
const SIDEBAR_VIEWPORT = { width: 300, height: 720 };

type Reply = { readonly result: unknown } | { readonly error: string };

export interface Sidebar {
  readonly page: Page;
  /** Server functions the page called, in order. */
  readonly calls: readonly string[];
  /** Every plan the page sent to sidebarApplyPlan. */
  readonly plans: readonly WorkbookPlan[];
  readonly externalRequests: readonly string[];
  /** Paths the static server could not find (the page must need none). */
  readonly notFound: readonly string[];
  readonly consoleErrors: readonly string[];
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

/**
 * `google.script.run` in the page: a runner per chain, each call answered by the Node side. Failures reach the
 * failure handler as an Error with the server's message, as Google's client does.
 */
function installScriptRun(): void {
  type Handler = ((value: unknown) => void) | undefined;
  const page = globalThis as unknown as { google: unknown; __nmirfScriptRun(name: string, args: unknown[]): Promise<Reply> };
  const runner = (success: Handler, failure: Handler): object =>
    new Proxy({}, {
      get: (_, name: string) => {
        if (name === "withSuccessHandler") return (h: Handler) => runner(h, failure);
        if (name === "withFailureHandler") return (h: Handler) => runner(success, h);
        return (...args: unknown[]) => {
          void page.__nmirfScriptRun(name, args).then((reply) => ("error" in reply ? failure?.(new Error(reply.error)) : success?.(reply.result)));
        };
      },
    });
  page.google = { script: { run: runner(undefined, undefined) } };
}

export async function openSidebar(browser: Browser, fake: FakeAppsScript): Promise<Sidebar> {
  const addon = loadAddon(fake);
  addon.nmirfSidebar!();
  const served = fake.ui.sidebars.at(-1);
  if (served === undefined) throw new Error("nmirfSidebar showed no sidebar");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "nmirf-sidebar-"));
  fs.writeFileSync(path.join(root, "sidebar.html"), served);
  const server = await startStaticServer(root);
  const context = await browser.newContext({ viewport: SIDEBAR_VIEWPORT, serviceWorkers: "block" });
  const close = async () => {
    await context.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    const externalRequests = await guardNetwork(context);
    const calls: string[] = [];
    const plans: WorkbookPlan[] = [];
    await context.exposeFunction("__nmirfScriptRun", (name: string, args: unknown[]): Reply => {
      calls.push(name);
      if (name === "sidebarApplyPlan") plans.push(args[0] as WorkbookPlan);
      try {
        return { result: runServer(fake, addon, name, args) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    });
    await context.addInitScript(installScriptRun);
    const page = await context.newPage();
    const { consoleErrors, pageErrors } = collectErrors(page);
    await page.goto(`${server.origin}/sidebar.html`);
    return { page, calls, plans, externalRequests, notFound: server.notFound, consoleErrors, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
