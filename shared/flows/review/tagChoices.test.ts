import { choiceKey, keysAtLeast, tagDecisions, tagsOfKind, type TagReview } from "./index";

const TAGS: TagReview[] = [
  { id: "R1", text: "Combat violence against women", choices: [
    { kind: "themes", value: "Violence against women", score: 0.9, reason: ["violence", "women"] },
    { kind: "sdgGoals", value: "5", score: 0.7, reason: ["women"] },
  ] },
  { id: "R2", text: "Register every birth", choices: [{ kind: "sdgGoals", value: "16", score: 0.4, reason: ["birth"] }] },
];

describe("ticking tag suggestions", () => {
  it("filters the list to one kind of tag, dropping recommendations without it", () => {
    expect(tagsOfKind(TAGS, "themes").map((t) => [t.id, t.choices.length])).toEqual([["R1", 1]]);
    expect(tagsOfKind(TAGS, null)).toEqual(TAGS);
  });

  it("ticks in bulk every suggestion at or above a score", () => {
    expect(keysAtLeast(TAGS, 0.7)).toEqual([choiceKey("R1", { kind: "themes", value: "Violence against women" }), choiceKey("R1", { kind: "sdgGoals", value: "5" })]);
    expect(keysAtLeast(tagsOfKind(TAGS, "sdgGoals"), 0)).toHaveLength(2);
  });

  it("turns the ticks into accept or reject decisions", () => {
    const ticked = new Set([choiceKey("R2", { kind: "sdgGoals", value: "16" })]);
    expect(tagDecisions(TAGS, ticked, false)).toEqual([{ id: "R2", kind: "sdgGoals", value: "16", accept: false }]);
    expect(tagDecisions(TAGS, ticked, true)[0]!.accept).toBe(true);
  });
});
