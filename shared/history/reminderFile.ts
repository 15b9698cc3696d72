/** The .eml file name of an institution's reminder: numbered in list order, the name as letters and digits any system accepts. */
import { fold } from "../vocab/text";

const slug = (name: string): string => fold(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "institution";

/** `index` is 0-based: the first reminder is "01-….eml". */
export const reminderFileName = (index: number, institution: string): string => `${String(index + 1).padStart(2, "0")}-${slug(institution)}.eml`;
