/** The base of every fake proxy: properties throw PropertyNotLoaded until `load()` and `sync()`, like Office.js. */
import { type FakeContext, jsonBytes } from "./context";
import { itemNotFound, propertyNotLoaded } from "./errors";

/** "a, b/c" | ["a"] | { select: "a,b" } → ["a", "b/c"]. */
export function loadList(spec: string | string[] | { select?: string } | undefined): string[] {
  const text = spec === undefined ? "" : typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  return text.split(",").map((p) => p.trim()).filter((p) => p !== "");
}

export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    /** Finds the modelled object when the queue runs; null for a null object. */
    protected readonly resolve: () => T | null,
  ) {}

  /** What `load()` with no argument loads. */
  protected abstract readonly scalarNames: readonly string[];
  /** The value of a scalar property now, for a resolved object. */
  protected abstract fetch(target: T, property: string): unknown;

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /** The target, or ItemNotFound: acting on a missing object fails at sync, as in Excel. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw itemNotFound("The object is a null object.");
    return t;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const names = loadList(spec);
    const wanted = names.length > 0 ? names : [...this.scalarNames];
    this.context.enqueue({ bytes: 40 + jsonBytes(wanted), run: () => this.fill(wanted) });
    return this;
  }

  /** Called at sync: stores each wanted property's current value; returns the response bytes. */
  fill(names: readonly string[]): number {
    const t = this.resolve();
    this.loaded.set("isNullObject", t === null);
    let bytes = 0;
    for (const name of names) {
      if (name === "isNullObject") continue;
      const value = t === null ? null : this.fetch(t, name);
      this.loaded.set(name, value);
      bytes += name.length + jsonBytes(value);
    }
    return bytes;
  }

  /** Queues a change applied at the next sync. */
  protected queue(payload: unknown, apply: (target: T) => void): void {
    this.context.enqueue({ bytes: 60 + jsonBytes(payload), run: () => (apply(this.target()), 0) });
  }

  /** Releases nothing in the fake; kept so code that untracks many proxies runs unchanged. */
  untrack(): this {
    return this;
  }
}
