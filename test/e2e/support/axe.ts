/** axe-core run inside the page: the violations serious enough to fail a test. */
import fs from "node:fs";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");
let source: string | undefined;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly targets: readonly string[];
}

interface AxeGlobal {
  axe?: { run(context: { exclude: string[][] }, options: RunOptions): Promise<AxeResults> };
}

/**
 * Fluent UI's focus manager (tabster) brackets focus zones with `<i tabindex="0" aria-hidden>` sentinels that
 * pass focus on to the real control as soon as they receive it; screen readers never land on them, and axe's
 * aria-hidden-focus rule cannot see that hand-off, so the sentinels are left out of the audit (nothing else is).
 */
const EXCLUDED = [["[data-tabster-dummy]"]];

/** Serious and critical violations on the page as it is now; moderate and minor ones are left to review. */
export async function seriousAxeViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  source ??= fs.readFileSync(AXE_SOURCE, "utf8");
  // Evaluated rather than added as a <script>, so a page's Content-Security-Policy cannot refuse it.
  if (!(await page.evaluate(() => (globalThis as unknown as AxeGlobal).axe !== undefined))) await page.evaluate(source);
  const results = await page.evaluate(
    ({ opts, exclude }) => (globalThis as unknown as AxeGlobal).axe!.run({ exclude }, { ...opts, resultTypes: ["violations"] }),
    { opts: options, exclude: EXCLUDED },
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.flatMap((n) => n.target.map(String)) }));
}
