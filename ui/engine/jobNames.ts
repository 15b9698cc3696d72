/**
 * The names of the engine's jobs, for the page side of the worker, which calls them by name and must not import
 * the jobs themselves (that would pull the whole engine into the pane's first load). The types below make the list
 * exactly the Engine's methods: a job added to one and not the other does not compile.
 */
import type { Engine } from "../host";

export type JobName = Exclude<keyof Engine, "cancel">;

export const JOB_NAMES = [
  "sources", "convert", "validate", "fix", "dashboard", "checkPacks", "splitPacks", "reviewSuggestions",
  "acceptSuggestions", "importFile", "takeSnapshot", "changesSince", "reminders", "exportCsv",
] as const satisfies readonly JobName[];

type Missing = Exclude<JobName, (typeof JOB_NAMES)[number]>;
// Fails to compile, naming the job, when a method of Engine is missing from JOB_NAMES.
const everyJob: [Missing] extends [never] ? true : Missing = true;
void everyJob;
