import { dimensionKeys } from "./dimensionKeys";
import { act, rec } from "./testRecords";
import type { RollupDimension } from "./types";

describe("dimensionKeys", () => {
  const full = rec({
    mechanism: "CEDAW",
    cluster: "Women",
    themes: ["Right to health", "Equality", "Right to health"],
    institutions: ["MoJ", "MoH", "MoJ"],
    activities: [act({ institution: "MoH" }), act({ institution: "Police" }), act({ institution: null }), act({ institution: "Police" })],
    sdgGoals: [5, 16, 5],
    affectedPersons: ["women & girls"],
    cycle: 3,
    response: "noted",
  });

  test.each<[RollupDimension, string[]]>([
    ["mechanism", ["CEDAW"]],
    ["cluster", ["Women"]],
    ["theme", ["Right to health", "Equality"]],
    ["institution", ["MoJ", "MoH", "Police"]],
    ["sdgGoal", ["5", "16"]],
    ["affectedPerson", ["women & girls"]],
    ["cycle", ["3"]],
    ["position", ["noted"]],
  ])("%s: each value once; an empty record under \"\"", (dimension, keys) => {
    expect(dimensionKeys(dimension, full)).toEqual(keys);
    expect(dimensionKeys(dimension, rec())).toEqual([""]);
  });

  test.each<[string, Parameters<typeof rec>[0], string[]]>([
    ["activities alone", { activities: [act({ institution: "MoE" }), act({ institution: "MoE" })] }, ["MoE"]],
    ["activities without a lead", { activities: [act()] }, [""]],
    ["the record's alone", { institutions: ["MoE"], activities: [act({ institution: "MoE" })] }, ["MoE"]],
  ])("institutions from %s", (_, fields, keys) => {
    expect(dimensionKeys("institution", rec(fields))).toEqual(keys);
  });

  test("long lists (past the scan limit) are deduplicated too, first occurrence order", () => {
    const many = Array.from({ length: 30 }, (_, i) => `T${i % 20}`);
    expect(dimensionKeys("theme", rec({ themes: many }))).toEqual(Array.from({ length: 20 }, (_, i) => `T${i}`));
    const leads = Array.from({ length: 20 }, (_, i) => act({ institution: `I${i % 5}` }));
    expect(dimensionKeys("institution", rec({ institutions: ["I3", "X"], activities: leads }))).toEqual(["I3", "X", "I0", "I1", "I2", "I4"]);
  });
});
