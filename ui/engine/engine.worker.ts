/** The tracker engine's worker: runs the flows off the UI thread so the pane and the host stay responsive. */
import { ENGINE_JOBS } from "./engineJobs";
import { serveJobs, type Jobs } from "./serveJobs";

// The page sends a job's arguments without its progress callback (functions do not cross to a worker): it goes last.
const served = (job: (...args: unknown[]) => unknown): Jobs[string] => (args, progress) => job(...args, progress);

serveJobs(Object.fromEntries(Object.entries(ENGINE_JOBS).map(([name, job]) => [name, served(job as (...args: unknown[]) => unknown)])));
