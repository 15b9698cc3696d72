/**
 * Messages between a pane and its worker: a named job with its arguments, answered by progress, a result or an
 * error. Arguments and results travel cut (slices.ts): their long arrays' slices come first, one message each.
 */
export type JobRequest =
  | { readonly id: number; readonly slice: readonly unknown[] }
  | { readonly id: number; readonly job: string; readonly args: unknown };

export type JobReply =
  | { readonly id: number; readonly progress: readonly [number, number] }
  | { readonly id: number; readonly slice: readonly unknown[] }
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: string };
