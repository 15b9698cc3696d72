/** Screenshots kept as test artifacts (test-artifacts/screenshots/, ignored by git), e.g. for the docs. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export const SCREENSHOTS = path.resolve(__dirname, "..", "..", "..", "test-artifacts", "screenshots");

/** Saves the whole page as <name>.png; returns the file's path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name "${name}": use letters, digits, ".", "-" and "_" only`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
