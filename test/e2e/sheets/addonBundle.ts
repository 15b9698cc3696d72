/**
 * The built add-on (sheets-apps-script/dist) run in a bare `vm` context holding only the fake's Apps Script globals,
 * and its functions called the way `google.script.run` calls them: one execution each, plain data in and out.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { FakeAppsScript } from "../../fakes/appsScript";
import { repoRoot } from "../support/repoRoot";

export const SHEETS_DIST = path.join(repoRoot(), "sheets-apps-script", "dist");

export type Addon = Readonly<Record<string, (...args: unknown[]) => unknown>>;

/** A file of the built add-on; `npm run build` (or `node sheets-apps-script/build.mjs`) writes them, the tests do not. */
function readDist(name: string): string {
  const file = path.join(SHEETS_DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the Sheets add-on first (npm run build)`);
  return fs.readFileSync(file, "utf8");
}

/** Loads Code.js with the project's HTML files in the fake; the context's clock is the fake's virtual one. */
export function loadAddon(fake: FakeAppsScript): Addon {
  fake.htmlFiles.set("sidebar", readDist("sidebar.html"));
  const context = vm.createContext({ ...fake.globals() });
  vm.runInContext(readDist("Code.js"), context, { filename: "Code.js" });
  (vm.runInContext("Date", context) as DateConstructor).now = () => fake.host.clockMs;
  return context as unknown as Addon;
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return proto === null || proto.constructor?.name === "Object";
};

/**
 * Throws unless the value is what `google.script.run` can carry: primitives, null, arrays and plain objects of
 * them. A Date, a function, a class instance or a non-finite number fails, naming where it is.
 */
export function assertPlainData(value: unknown, at: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${at} is ${value}, which google.script.run cannot pass`);
    return;
  }
  if (typeof value === "object" && (Array.isArray(value) || isPlainObject(value))) {
    for (const [key, item] of Object.entries(value)) {
      // An object's undefined property is left out, as in JSON; an array cannot hold one.
      if (item === undefined && Array.isArray(value)) throw new Error(`${at}.${key} is undefined in an array`);
      if (item !== undefined) assertPlainData(item, `${at}.${key}`);
    }
    return;
  }
  throw new Error(`${at} is ${Object.prototype.toString.call(value)}, which google.script.run cannot pass`);
}

/** One `google.script.run` call: a new execution of the named top-level function, with arguments and result checked. */
export function runServer(fake: FakeAppsScript, addon: Addon, name: string, args: readonly unknown[]): unknown {
  assertPlainData(args, `${name}'s arguments`);
  const fn = addon[name];
  if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
  fake.host.beginExecution();
  const result = fn(...args);
  if (result !== undefined) assertPlainData(result, `${name}'s result`);
  return result;
}
