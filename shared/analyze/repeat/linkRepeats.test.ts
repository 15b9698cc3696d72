import { similarityVector, textIndex } from "../cluster";
import { defaultAnalyzer } from "../defaultAnalyzer";
import { linkRepeats, type RepeatItem } from "./linkRepeats";

interface Case extends RepeatItem {
  readonly text: string;
}

const CASES: Case[] = [
  { id: "upr1", subject: "valmora", review: "UPR|A/HRC/19/5|1", text: "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism" },
  { id: "upr2", subject: "valmora", review: "UPR|A/HRC/33/9|2", text: "Accelerate the ratification of the Optional Protocol to the Convention against Torture and establish a national preventive mechanism" },
  { id: "cat", subject: "valmora", review: "CAT|CAT/C/VLM/CO/2|", text: "The State party should ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism" },
  { id: "mechanism", subject: "valmora", review: "UPR|A/HRC/33/9|2", text: "Establish an independent national preventive mechanism against torture in all places of detention" },
  { id: "investigate", subject: "valmora", review: "UPR|A/HRC/33/9|2", text: "Investigate all allegations of torture in places of detention" },
  { id: "elsewhere", subject: "nordland", review: "UPR|A/HRC/19/7|1", text: "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism" },
  { id: "birth", subject: "valmora", review: "UPR|A/HRC/33/9|2", text: "Ensure free birth registration for all children" },
  { id: "birth-again", subject: "valmora", review: "UPR|A/HRC/19/5|1", text: "Ensure free birth registration for all children" },
];

const analyzer = defaultAnalyzer();
const vectors = CASES.map((c) => similarityVector(analyzer.vector(c.text), c.text));
const links = linkRepeats(CASES, textIndex(vectors, CASES.map((c) => c.subject)).graph);
const linkOf = (from: string, to: string) => links.get(from)?.find((l) => l.id === to);

describe("linkRepeats", () => {
  it("links the same ask, paraphrased in the next cycle, as a repeat, both ways", () => {
    expect(linkOf("upr2", "upr1")).toEqual(expect.objectContaining({ kind: "repeat" }));
    expect(linkOf("upr1", "upr2")?.kind).toBe("repeat");
  });

  it("links a paraphrase of it by another mechanism as a repeat", () => {
    expect(linkOf("cat", "upr1")?.kind).toBe("repeat");
  });

  it("links identical texts as repeats with score 1", () => {
    expect(linkOf("birth", "birth-again")).toEqual({ id: "birth-again", score: 1, kind: "repeat" });
  });

  it("links a different ask on a close subject in the same review as similar", () => {
    expect(linkOf("investigate", "mechanism")?.kind).toBe("similar");
  });

  it("ranks links best first, with a score between 0 and 1", () => {
    const scores = links.get("upr1")!.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThan(0.5);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
  });

  it("never links asks to different States or on different subjects", () => {
    expect(linkOf("upr1", "elsewhere")).toBeUndefined();
    expect(linkOf("upr1", "birth")).toBeUndefined();
  });
});
