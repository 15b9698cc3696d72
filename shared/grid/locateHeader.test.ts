import type { Grid } from "./grid";
import { locateHeader } from "./locateHeader";

const KNOWN = new Set(["recommendation", "status", "deadline", "n°"]);
const score = (h: string): number => (KNOWN.has(h.toLowerCase()) ? 1 : 0);
const grid = (rows: Grid["rows"]): Grid => ({ name: "Sheet1", rows, merges: [] });

describe("locateHeader", () => {
  it("skips title rows and blank rows above the header", () => {
    const g = grid([["TRACKING MATRIX — 2025"], [], ["N°", "Recommendation", "Status"], [1, "Ratify OP-CAT", "Done"]]);
    expect(locateHeader(g, score)).toMatchObject({ row: 2, headers: ["N°", "Recommendation", "Status"] });
  });

  it("prefers the row that names the most columns", () => {
    const g = grid([["Status", "notes"], ["N°", "Recommendation", "Status", "Deadline"]]);
    expect(locateHeader(g, score)?.row).toBe(1);
  });

  it("finds nothing in a sheet without a recognisable header", () => {
    expect(locateHeader(grid([["a", "b"], [1, 2]]), score)).toBeNull();
    expect(locateHeader(grid([]), score)).toBeNull();
  });

  it("needs at least two filled cells, so a lone title that matches is not a header", () => {
    expect(locateHeader(grid([["Recommendation"], ["x", "y"]]), score)).toBeNull();
  });
});
