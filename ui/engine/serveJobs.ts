/** The worker side: runs the named job and posts its progress, result or error (never an unanswered call). */
import type { JobReply, JobRequest } from "./protocol";
import { cutSlices, mendSlices } from "./slices";

export type Jobs = Readonly<Record<string, (args: readonly unknown[], progress: (done: number, total: number) => void) => unknown>>;

export function serveJobs(jobs: Jobs): void {
  const post = (reply: JobReply): void => (self as unknown as { postMessage(m: JobReply): void }).postMessage(reply);
  const received = new Map<number, (readonly unknown[])[]>();
  self.onmessage = async (event: MessageEvent<JobRequest>) => {
    const request = event.data;
    const { id } = request;
    if ("slice" in request) {
      received.set(id, [...(received.get(id) ?? []), request.slice]);
      return;
    }
    try {
      const args = mendSlices(request.args, received.get(id) ?? []) as readonly unknown[];
      received.delete(id);
      const run = jobs[request.job];
      if (!run) throw new Error(`unknown job "${request.job}"`);
      const { skeleton, slices } = cutSlices(await run(args, (done, total) => post({ id, progress: [done, total] })));
      for (const slice of slices) post({ id, slice });
      post({ id, result: skeleton });
    } catch (e) {
      post({ id, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
