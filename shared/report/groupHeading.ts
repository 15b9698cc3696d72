/** A group's heading: its name, or the "Not classified" placeholder for records without a value. */
import type { Block } from "./documentModel";
import { placeholder, text } from "./documentModel";
import type { RecordGroup } from "./groupRecords";

export const groupHeading = (group: RecordGroup): Block => ({
  kind: "heading",
  level: 2,
  runs: [group.classified ? text(group.title) : placeholder(group.title)],
});
