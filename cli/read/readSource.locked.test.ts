/** Tests the message for a file the operating system refuses to hand over. */
import type * as ReadSource from "./readSource";

// A file open in another program (Windows reports EBUSY) or without read permission cannot be simulated as root,
// so the file system is stubbed, before readSource is loaded.
let readSource: typeof ReadSource.readSource;
beforeAll(() => {
  jest.doMock("node:fs/promises", () => ({
    stat: jest.fn(async () => ({ isDirectory: () => false })),
    readFile: jest.fn(async () => {
      throw Object.assign(new Error("resource busy or locked"), { code: "EBUSY" });
    }),
  }));
  jest.isolateModules(() => {
    ({ readSource } = jest.requireActual<typeof ReadSource>("./readSource"));
  });
});

describe("readSource on a file the system will not hand over", () => {
  it("says which file, why, and what to do", async () => {
    const error = (await readSource("C:/NMIRF/tracker.xlsx").catch((e: unknown) => e)) as { name: string; code: string; params: unknown; message: string };
    expect(error.name).toBe("InputError");
    expect(error.code).toBe("input.unreadable");
    expect(error.params).toEqual({ file: "tracker.xlsx", reason: "EBUSY" });
    expect(error.message).toMatch(/^Cannot open tracker\.xlsx \(EBUSY\): close it/);
  });
});
