/**
 * Test helper: reads a part of a .docx with the system's `unzip`, a reader independent of the docx library that
 * wrote it; null when `unzip` is not installed (tests then say so and skip that check).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const UNZIP = ["/usr/bin/unzip", "/bin/unzip"].find((p) => fs.existsSync(p)) ?? null;

export const hasUnzip = (): boolean => UNZIP !== null;

export function docxPart(file: string, part: string): string | null {
  if (UNZIP === null) return null;
  return execFileSync(UNZIP, ["-p", file, part], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The visible text of each paragraph of word/document.xml, in order. */
export const paragraphTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(""));

const unescapeXml = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
