/** A stable hash of a field's value as sent, so a merge can tell what changed without the pack carrying old values in clear. */
import { trimTrailing } from "../grid/trimEnd";
import { hash53 } from "../import/hash";

export const fingerprint = (field: string, canonical: string): string => hash53(`${field}\u0000${canonical}`);

const trimmed = (line: readonly string[]): string[] => trimTrailing([...line], "");

/** A checksum of the info sheet's content, to notice hand edits of the hidden data; trailing empty cells do not count, as files drop them. */
export const checksum = (lines: readonly (readonly string[])[]): string => hash53(lines.map((l) => trimmed(l).join("\u0001")).join("\u0002"), 7);
