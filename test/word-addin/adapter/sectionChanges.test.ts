import { sectionChanges } from "../../../word-addin/src/adapter/sectionChanges";

describe("sectionChanges", () => {
  it("counts words and lists the lines added and removed, repeated lines one for one", () => {
    const changes = sectionChanges(["Heading", "Status: ongoing", "Same", "Same"], ["Heading", "Status: implemented", "Same"]);
    expect(changes).toEqual({ wordsBefore: 5, wordsAfter: 4, added: ["Status: implemented"], removed: ["Status: ongoing", "Same"] });
  });

  it("sees no change in a two-line text that Word gives back with a manual break (\\v) or as two paragraphs", () => {
    const model = ["Recommandation 128.4\nRenforcer la CNDH"];
    expect(sectionChanges(["Recommandation 128.4\vRenforcer la CNDH"], model)).toMatchObject({ added: [], removed: [] });
    expect(sectionChanges(["Recommandation 128.4", "Renforcer la CNDH"], model)).toMatchObject({ added: [], removed: [] });
  });
});
