/** The worker side: runs the named job and posts its progress, result or error (never an unanswered call). */
import type { JobReply, JobRequest } from "./protocol";

export type Jobs = Readonly<Record<string, (args: readonly unknown[], progress: (done: number, total: number) => void) => unknown>>;

export function serveJobs(jobs: Jobs): void {
  const post = (reply: JobReply): void => (self as unknown as { postMessage(m: JobReply): void }).postMessage(reply);
  self.onmessage = async (event: MessageEvent<JobRequest>) => {
    const { id, job, args } = event.data;
    try {
      const run = jobs[job];
      if (!run) throw new Error(`unknown job "${job}"`);
      post({ id, result: await run(args, (done, total) => post({ id, progress: [done, total] })) });
    } catch (e) {
      post({ id, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
