/** Tests the message for a file the operating system refuses to hand over. */
import { InputError } from "./InputError";
import { readSource } from "./readSource";

// A file open in another program (Windows reports EBUSY) or without read permission cannot be simulated as root, so the file system is stubbed.
jest.mock("node:fs/promises", () => ({
  stat: jest.fn(async () => ({ isDirectory: () => false })),
  readFile: jest.fn(async () => {
    throw Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
  }),
}));

describe("readSource on a file the system will not hand over", () => {
  it("says which file, why, and what to do", async () => {
    const error = await readSource("C:/NMIRF/tracker.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("input.unreadable");
    expect((error as InputError).params).toEqual({ file: "tracker.xlsx", reason: "EBUSY" });
    expect((error as InputError).message).toMatch(/^Cannot open tracker\.xlsx \(EBUSY\): close it/);
  });
});
