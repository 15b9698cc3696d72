import type { Io } from "./console";
import { progressBar } from "./progress";

const io = (errIsTty: boolean, written: string[]): Io => ({ out: () => undefined, err: (t) => void written.push(t), errIsTty, cwd: "/", now: () => "", env: {} });

describe("progressBar", () => {
  it("draws a bar with the share done on an interactive terminal, and clears it when done", () => {
    const written: string[] = [];
    const bar = progressBar(io(true, written));
    bar.update("reading t.xlsx", 1, 4);
    bar.done();
    expect(written[0]).toMatch(/^\r█{7}░{21} 25% reading t\.xlsx/);
    expect(written[1]).toBe("\r\x1b[K");
  });

  it("stays silent when stderr is a file or a pipe (CI logs, scripts)", () => {
    const written: string[] = [];
    const bar = progressBar(io(false, written));
    bar.update("reading", 1, 2);
    bar.done();
    expect(written).toEqual([]);
  });
});
