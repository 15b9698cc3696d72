import { stem } from "./stem";
import { terms, words } from "./tokenize";

describe("words", () => {
  it("folds accents and case, splits hyphens and drops French elisions", () => {
    expect(words("L'État doit ratifier le Protocole")).toEqual(["etat", "doit", "ratify", "le", "protocol"]);
    expect(words("non-discrimination")).toEqual(["non", "discrimination"]);
  });

  it("maps seed French and Spanish words to the English ones the model knows", () => {
    expect(words("Poursuivre ses efforts")).toEqual(["continue", "ses", "efforts"]);
    expect(words("Ratificar la Convención")).toEqual(["ratify", "la", "convention"]);
  });

  it("is safe on words that are Object properties", () => {
    expect(words("constructor toString")).toEqual(["constructor", "tostring"]);
  });
});

describe("terms", () => {
  it("drops English, French and Spanish stop words and keeps surface forms", () => {
    expect(terms("Take all the measures to protect the rights of children").map((t) => t.surface)).toEqual(["take", "measures", "protect", "rights", "children"]);
    expect(terms("les droits de la femme").map((t) => t.surface)).toEqual(["droits", "femme"]);
    expect(terms("los derechos de las mujeres").map((t) => [t.surface, t.stem])).toEqual([["derechos", "right"], ["mujeres", "women"]]);
  });
});

describe("stem", () => {
  it.each([
    ["ratifying", "ratify"],
    ["rights", "right"],
    ["discrimination", "discriminat"],
    ["women", "women"],
    ["process", "process"],
    ["2030", "2030"],
    ["studies", "study"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
