/**
 * Nothing leaves the user's machine: every request from the context goes to 127.0.0.1, except Office.js, which
 * the fake answers. Anything else is aborted and recorded, for the test to assert there was none.
 */
import type { BrowserContext } from "playwright-core";
import { OFFICE_JS_ORIGIN, officeScript } from "./officeScript";

/** Returns the list the blocked URLs are recorded in, as they happen. */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    // Only the library itself: real Office.js fetches more from its CDN, which the fake has no use for.
    if (url.origin === OFFICE_JS_ORIGIN && url.pathname.endsWith("/office.js")) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeScript() });
    }
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  return blocked;
}
