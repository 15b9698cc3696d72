/**
 * What every Word proxy holds: the request context that queues and counts (shared with the Excel fake, since
 * Office.js batches the same way in both hosts) and the document state the queue acts on.
 */
import { FakeClientObject, loadList } from "../excel/clientObject";
import { FakeContext, jsonBytes } from "../excel/context";
import { itemNotFound, propertyNotLoaded } from "../excel/errors";
import type { WordState } from "./model";

export interface Session {
  readonly context: FakeContext;
  readonly state: WordState;
}

/** The Excel context keeps an Excel-shaped model it never reads; the Word fake's state lives in `Session.state`. */
export const wordContext = (): FakeContext => new FakeContext({ sheets: [], tables: [], nextId: 1 });

export abstract class WordObject<T> extends FakeClientObject<T> {
  constructor(
    protected readonly session: Session,
    resolve: () => T | null,
  ) {
    super(session.context, resolve);
  }

  protected get state(): WordState {
    return this.session.state;
  }

  /** Queues an operation whose result a new proxy stands for; the proxy resolves to it once the queue has run. */
  protected produce<R>(payload: unknown, make: (target: T) => R): () => R | null {
    const ref: { value: R | null } = { value: null };
    this.queue(payload, (target) => (ref.value = make(target)));
    return () => ref.value;
  }
}

/** A collection proxy: `items` after `load("items/…")` and a sync, one item proxy per modelled object. */
export class FakeCollection<M, P extends FakeClientObject<M>> {
  private loaded: P[] | null = null;

  constructor(
    protected readonly session: Session,
    protected readonly resolveAll: () => M[],
    protected readonly proxy: (resolve: () => M | null) => P,
  ) {}

  get items(): P[] {
    if (this.loaded === null) throw propertyNotLoaded("items");
    return this.loaded;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const names = loadList(spec).map((n) => n.replace(/^items\//, ""));
    if (names.length === 0) throw new Error("The Word fake loads named properties only, e.g. load(\"items/tag\").");
    this.session.context.enqueue({
      bytes: 40 + jsonBytes(names),
      run: () => {
        this.loaded = this.resolveAll().map((m) => this.proxy(() => m));
        return this.loaded.reduce((bytes, item) => bytes + item.fill(names), 0);
      },
    });
    return this;
  }

  /**
   * getFirst/getLast (ItemNotFound at sync for an empty collection) and their OrNullObject forms: resolved when the
   * queue reaches them, so later inserts do not move them.
   */
  protected pick(which: (all: M[]) => M | undefined, orNull: boolean): P {
    const ref: { value: M | null } = { value: null };
    this.session.context.enqueue({
      bytes: 40,
      run: () => {
        ref.value = which(this.resolveAll()) ?? null;
        if (ref.value === null && !orNull) throw itemNotFound("The collection is empty.");
        return 0;
      },
    });
    return this.proxy(() => ref.value);
  }

  untrack(): this {
    return this;
  }
}
