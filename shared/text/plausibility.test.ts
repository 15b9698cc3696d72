/** Tests that real words in each script outscore the same words read in the wrong code page. */
import { plausibility } from "./plausibility";

describe("plausibility", () => {
  it("scores real words above mojibake", () => {
    expect(plausibility("Sénégal")).toBeGreaterThan(plausibility("SÈnÈgal"));
    expect(plausibility("España")).toBeGreaterThan(plausibility("Espa–a"));
    expect(plausibility("Франция")).toBeGreaterThan(plausibility("Ôðàíöèÿ"));
  });
});
