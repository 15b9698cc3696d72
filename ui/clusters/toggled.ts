/** A copy of the set with the item in or out: ticks are immutable state. */
export function toggled(set: ReadonlySet<string>, item: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}
