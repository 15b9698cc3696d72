import type { Recommendation } from "../model/tracker";
import { defaultAnalyzer } from "./defaultAnalyzer";
import { suggestTags } from "./suggestTags";

const rec = (text: string, themes: string[] = [], sdgGoals: number[] = []): Pick<Recommendation, "text" | "themes" | "sdgGoals"> => ({ text, themes, sdgGoals });
const values = <T>(list: readonly { value: T }[]): T[] => list.map((s) => s.value);

describe("suggestTags with the committed model", () => {
  it("tags a ratification of OP-CAT", () => {
    const s = suggestTags(rec("Ratify the Optional Protocol to the Convention against Torture"));
    expect(values(s.uprInfoIssues)).toContain("Torture and other CID treatment");
    expect(s.actionCategory?.value).toBe(5);
    expect(s.uprInfoIssues[0].reason.length).toBeGreaterThan(0);
    expect(values(s.sdgGoals)).toContain(16);
  });

  it("reads the leading verb for the action category", () => {
    expect(suggestTags(rec("Continue efforts to combat trafficking in persons")).actionCategory?.value).toBe(2);
    expect(suggestTags(rec("Consider ratifying the Convention on the Rights of Persons with Disabilities")).actionCategory?.value).toBe(3);
    expect(values(suggestTags(rec("Continue efforts to combat trafficking in persons")).uprInfoIssues)).toContain("Trafficking");
  });

  it("tags French text through the seed translations and lexicons", () => {
    const s = suggestTags(rec("Ratifier le Protocole facultatif se rapportant à la Convention contre la torture"));
    expect(values(s.uprInfoIssues)).toContain("Torture and other CID treatment");
    expect(s.actionCategory?.value).toBe(5);
    expect(suggestTags(rec("Poursuivre ses efforts pour lutter contre la traite des personnes")).actionCategory?.value).toBe(2);
  });

  it("suggests education themes and SDG 4 for an education recommendation", () => {
    const s = suggestTags(rec("Guarantee access to free primary education for all children, including girls in rural areas"));
    expect(values(s.sdgGoals)).toContain(4);
    expect(values(s.themes).join(" ")).toMatch(/education/i);
  });

  it("does not suggest labels the record already carries, and nothing for an empty text", () => {
    const s = suggestTags(rec("Guarantee access to free primary education for all children", ["E51 Right to education - General"], [4]));
    expect(values(s.sdgGoals)).not.toContain(4);
    expect(values(s.themes)).not.toContain("Right to education");
    expect(suggestTags(rec("  "))).toEqual({ themes: [], affectedPersons: [], sdgGoals: [], sdgTargets: [], uprInfoIssues: [], actionCategory: null });
  });

  it("suggests affected persons, in any seeded language, but not those the record carries", () => {
    expect(values(suggestTags(rec("Protect the rights of persons with disabilities")).affectedPersons)).toContain("Persons with disabilities");
    expect(values(suggestTags(rec("Combattre la violence à l'égard des femmes")).affectedPersons)).toContain("Women");
    expect(values(suggestTags({ ...rec("Protect the rights of persons with disabilities"), affectedPersons: ["persons with disabilities"] }).affectedPersons)).not.toContain("Persons with disabilities");
  });

  it("suggests an SDG target only under an evidenced goal, and not one the record carries", () => {
    const s = suggestTags(rec("Ensure birth registration for all children born in its territory"));
    expect(values(s.sdgGoals)).toContain(16);
    expect(values(s.sdgTargets)).toContain("16.9");
    expect(s.sdgTargets[0].reason).toEqual(["birth registration"]);
    expect(values(suggestTags({ ...rec("Ensure birth registration", [], [16]), sdgTargets: ["16.9"] }).sdgTargets)).toEqual([]);
    expect(values(suggestTags(rec("Ensure birth registration", [], [16])).sdgTargets)).toEqual(["16.9"]);
  });

  it("tags 35,000 recommendations quickly (time printed, not asserted)", () => {
    const analyzer = defaultAnalyzer();
    const stems = ["Ratify the Optional Protocol", "Continue efforts to combat trafficking in women and children", "Consider abolishing the death penalty", "Ensure the independence of the judiciary", "Adopt a law on domestic violence"];
    const texts = Array.from({ length: 35_000 }, (_, i) => `${stems[i % stems.length]} number ${i} in region ${i % 97}`);
    const start = process.hrtime.bigint();
    let n = 0;
    for (const text of texts) n += suggestTags(rec(text), analyzer).uprInfoIssues.length;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    process.stdout.write(`suggestTags: 35,000 recommendations in ${seconds.toFixed(2)} s\n`);
    expect(n).toBeGreaterThanOrEqual(35_000);
  });
});
