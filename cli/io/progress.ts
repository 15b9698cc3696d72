/** A progress bar on stderr for long runs, drawn only on an interactive terminal. */
import type { Io } from "./console";

export interface Progress {
  update(label: string, done: number, total: number): void;
  done(): void;
}

const WIDTH = 28;

export function progressBar(io: Io): Progress {
  if (!io.errIsTty) return { update: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    update(label, done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const full = Math.round(share * WIDTH);
      io.err(`\r${"█".repeat(full)}${"░".repeat(WIDTH - full)} ${Math.round(share * 100)}% ${label}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) io.err("\r\x1b[K");
      drawn = false;
    },
  };
}
