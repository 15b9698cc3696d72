/**
 * Long arrays cut into slices for postMessage. Cloning a 10,000-row plan in one message costs the receiving thread
 * one long task (deserialising ~7 MB, then collecting it); sent slice by slice, each message is its own short task,
 * and the pane stays responsive while a large tracker crosses between the pane and its worker.
 */

/** Items per slice: a thousand rows of a tracker sheet clone in a few milliseconds. */
export const SLICE_ITEMS = 1000;

const MARK = "\u0000slices";


export interface Cut {
  /** The value with each long array replaced by a marker naming its slices. */
  readonly skeleton: unknown;
  readonly slices: unknown[][];
}

/** Replaces every array longer than `limit` (outermost first; nothing inside it is visited) by its slices. */
export function cutSlices(value: unknown, limit = SLICE_ITEMS): Cut {
  const slices: unknown[][] = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= limit) return v.map(walk);
      const ids: number[] = [];
      for (let i = 0; i < v.length; i += limit) ids.push(slices.push(v.slice(i, i + limit)) - 1);
      return { [MARK]: ids };
    }
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  };
  return { skeleton: walk(value), slices };
}

/** The value cutSlices cut, from its skeleton and slices. */
export function mendSlices(skeleton: unknown, slices: readonly (readonly unknown[])[]): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isPlainObject(v)) return v;
    const ids = v[MARK];
    if (Array.isArray(ids)) return ids.flatMap((id: number) => slices[id] ?? []);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  };
  return walk(skeleton);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  // Any realm's Object.prototype (a clone may come from another one): its own prototype is null.
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
