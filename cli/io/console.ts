/** Where the command line writes: injectable so tests drive the real commands without a terminal. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress bars only then). */
  readonly errIsTty: boolean;
  readonly cwd: string;
  /** The clock, as an ISO timestamp: the only place the time enters. */
  readonly now: () => string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTty: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  now: () => new Date().toISOString(),
  env: process.env,
});
