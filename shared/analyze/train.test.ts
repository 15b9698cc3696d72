import { rawFeatures, weigh } from "./features";
import { compileTagger, predictLabels, predictOne, scores } from "./linear";
import { decodeTagger, encodeTagger } from "./modelData";
import { tuneThresholds } from "./thresholds";
import { DEFAULT_TRAIN, inverseDocumentFrequencies, trainOneVsRest } from "./train";

const TEXTS: [string, string[]][] = [
  ["Ratify the Convention against Torture", ["torture"]],
  ["Prevent torture in places of detention", ["torture"]],
  ["Investigate all allegations of torture by police", ["torture", "police"]],
  ["Train police officers in human rights", ["police"]],
  ["Guarantee access to primary education for girls", ["education"]],
  ["Increase the education budget and build schools", ["education"]],
  ["Ensure free and compulsory education", ["education"]],
  ["Hold police accountable for excessive force", ["police"]],
];

function fixture() {
  const raws = TEXTS.map(([t]) => rawFeatures(t));
  const idf = inverseDocumentFrequencies(raws, 1);
  const xs = raws.map((r) => weigh(r, (f) => idf.get(f) ?? 1));
  const vec = (t: string) => weigh(rawFeatures(t), (f) => idf.get(f) ?? 1);
  return { xs, vec, gold: TEXTS.map(([, g]) => g) };
}

describe("trainOneVsRest", () => {
  const opts = { ...DEFAULT_TRAIN, epochs: 30, lambda: 1e-3 };

  it("learns separable labels and explains them with the words that matter", () => {
    const { xs, vec, gold } = fixture();
    const models = compileTagger(trainOneVsRest(xs, gold, ["education", "police", "torture"], opts));
    const p = predictLabels(models, vec("End torture in prisons"), true);
    expect(p[0].label).toBe("torture");
    expect(p[0].reason).toContain("torture");
    expect(predictOne(models, vec("More schools and teachers for education")).label).toBe("education");
  });

  it("learns them on NBSVM-scaled features too, with the ratios folded into the weights", () => {
    const { xs, vec, gold } = fixture();
    const models = compileTagger(trainOneVsRest(xs, gold, ["education", "police", "torture"], { ...opts, nbAlpha: 0.2 }));
    expect(predictLabels(models, vec("End torture in prisons"), true)[0].label).toBe("torture");
    expect(predictOne(models, vec("More schools and teachers for education")).label).toBe("education");
  });

  it("is deterministic for a seed and survives encoding", () => {
    const { xs, gold } = fixture();
    const a = trainOneVsRest(xs, gold, ["education", "police", "torture"], opts);
    const b = trainOneVsRest(xs, gold, ["education", "police", "torture"], opts);
    expect(encodeTagger(a)).toEqual(encodeTagger(b));
    const round = decodeTagger(encodeTagger(a));
    expect(round.map((m) => [...m.weights])).toEqual(a.map((m) => [...m.weights].sort((x, y) => x[0] - y[0])));
  });

  it("tunes thresholds within (0, 1)", () => {
    const { xs, gold } = fixture();
    const trained = trainOneVsRest(xs, gold, ["education", "police", "torture"], opts);
    const tagger = compileTagger(trained);
    const models = tuneThresholds(trained, xs.map((x) => scores(tagger, x)), gold, 1);
    for (const m of models) {
      expect(m.threshold).toBeGreaterThan(0);
      expect(m.threshold).toBeLessThan(1);
    }
  });
});
