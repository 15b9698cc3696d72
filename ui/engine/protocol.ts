/** Messages between a pane and its worker: a named job with its arguments, answered by progress, a result or an error. */
export interface JobRequest {
  readonly id: number;
  readonly job: string;
  readonly args: readonly unknown[];
}

export type JobReply =
  | { readonly id: number; readonly progress: readonly [number, number] }
  | { readonly id: number; readonly result: unknown }
  | { readonly id: number; readonly error: string };
