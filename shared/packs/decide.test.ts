import type { Cell } from "../grid/grid";
import { decide } from "./decide";
import { fingerprint } from "./fingerprint";

const at = (cell: Cell) => ({ cell, address: "I2" });

describe("decide", () => {
  it.each<[string, Cell, string, string, string]>([
    ["left as sent (shown as its label)", "In progress", "in_progress", "in_progress", "none"],
    ["left as sent, tracker changed since", "In progress", "in_progress", "implemented", "none"],
    ["changed, tracker unchanged", "Implemented", "in_progress", "in_progress", "apply"],
    ["changed, tracker already holds it", "Implemented", "in_progress", "implemented", "none"],
    ["changed, tracker changed otherwise", "Implemented", "in_progress", "not_started", "conflict"],
    ["emptied", null, "in_progress", "in_progress", "none"],
    ["unreadable", "Nearly", "in_progress", "in_progress", "reject"],
  ])("status %s → %s", (_name, cell, sent, current, kind) => {
    expect(decide("status", at(cell), fingerprint("status", sent), current, "en").kind).toBe(kind);
  });

  it.each<[string, Cell, string, string]>([
    ["a fraction left as sent", 0.5, "0.5", "none"],
    ["a percent typed as text", "75 %", "40", "apply"],
    ["over 100", 120, "40", "reject"],
  ])("progress: %s → %s", (_name, cell, sent, kind) => {
    expect(decide("progress", at(cell), fingerprint("progress", sent), sent, "en").kind).toBe(kind);
  });

  it("does nothing for a cell the pack did not send", () => {
    expect(decide("comments", at("x"), undefined, "", "en").kind).toBe("none");
  });
});
