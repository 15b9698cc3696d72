/** The change log kept in the tracker: who changed what, when, from which value to which. */
import { z } from "zod";

export const LogEntry = z.object({
  /** ISO timestamp, supplied by the host (the core never reads the clock). */
  at: z.string(),
  /** "import", "update", "override", "merge" … */
  action: z.string(),
  /** Who: a user name, an institution's pack, or the command that ran. */
  by: z.string(),
  recordId: z.string().nullable(),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  note: z.string().nullable(),
});
export type LogEntry = z.infer<typeof LogEntry>;
