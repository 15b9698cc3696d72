/** Guesses a CSV file's delimiter from its first records, because Excel writes ";" or tabs as often as ",". */

export type Delimiter = "," | ";" | "\t";

const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];
const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 256 * 1024;

/** For each sampled non-blank record, how often each candidate occurs outside quotes; text must use "\n" line ends. */
function sampleRecords(text: string): number[][] {
  const records: number[][] = [];
  const end = Math.min(text.length, SAMPLE_CHARS);
  let counts = CANDIDATES.map(() => 0);
  let hasText = false;
  let quoted = false;
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const c = text[i] as string;
    if (c === '"') {
      quoted = !quoted;
      hasText = true;
    } else if (quoted) continue;
    else if (c === "\n") {
      if (hasText) records.push(counts);
      counts = CANDIDATES.map(() => 0);
      hasText = false;
    } else {
      const which = CANDIDATES.indexOf(c as Delimiter);
      if (which >= 0) counts[which]! += 1;
      if (which >= 0 || c.trim() !== "") hasText = true;
    }
  }
  // The last record counts only if it is complete: a sample cut in mid-record would skew its counts.
  if (hasText && end === text.length && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * The candidate that splits the most sampled records into the same number of fields (ties go to the larger number
 * of fields, then to the order ",", ";", tab). A file with none of them is one column, read with ",".
 */
export function sniffDelimiter(text: string): Delimiter {
  const records = sampleRecords(text);
  let best: Delimiter = ",";
  let bestAgreement = 0;
  let bestCount = 0;
  CANDIDATES.forEach((delimiter, which) => {
    const frequency = new Map<number, number>();
    for (const record of records) {
      const count = record[which] as number;
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, agreeing] of frequency) {
      const agreement = agreeing / records.length;
      if (agreement > bestAgreement || (agreement === bestAgreement && count > bestCount)) {
        best = delimiter;
        bestAgreement = agreement;
        bestCount = count;
      }
    }
  });
  return best;
}
