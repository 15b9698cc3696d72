/**
 * Feature index → row number (0, 1, 2, … in the order given), as an open-addressing table in typed arrays. Taggers
 * look every feature of every text up: a Map there cost more than the arithmetic it fed.
 */
export interface FeatureRows {
  /** The row of a feature, -1 when it has none. */
  row(feature: number): number;
}

/** `features` are distinct non-negative integers below 2^31 (hashed feature ids); a feature's row is its position. */
export function featureRows(features: ArrayLike<number>): FeatureRows {
  // Load factor at most 1/2, so a look-up probes one or two slots on average.
  let bits = 4;
  while (1 << bits < 2 * features.length) bits++;
  const capacity = 1 << bits;
  const mask = capacity - 1;
  // Slot s holds its feature at 2s (-1 when empty: features are never negative) and the feature's row at 2s + 1,
  // side by side so that a look-up reads one cache line.
  const table = new Int32Array(2 * capacity).fill(-1);
  const slot = (feature: number): number => {
    // Fibonacci hashing (the product's high bits) spreads ids that share low bits; linear probing from there.
    let s = Math.imul(feature, 0x9e3779b1) >>> (32 - bits);
    while (table[2 * s] !== -1 && table[2 * s] !== feature) s = (s + 1) & mask;
    return 2 * s;
  };
  for (let r = 0; r < features.length; r++) {
    const at = slot(features[r]);
    if (table[at] === features[r]) throw new Error(`Feature ${features[r]} listed twice`);
    table[at] = features[r];
    table[at + 1] = r;
  }
  return {
    row: (feature) => {
      const at = slot(feature);
      return feature >= 0 && table[at] === feature ? table[at + 1] : -1;
    },
  };
}
