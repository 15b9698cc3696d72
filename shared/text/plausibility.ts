/** Scores how much a decoding looks like real text, so the code page a file was written in can be told from the bytes. */

/** Punctuation that real text is full of and that a wrong code page rarely produces. */
const PLAUSIBLE_PUNCTUATION = new Set("’‘“”«»–—…•·°€\u00a0");
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const MARK = /\p{M}/u;

function script(char: string): string {
  if (/\p{Script=Latin}/u.test(char)) return "latin";
  if (/\p{Script=Cyrillic}/u.test(char)) return "cyrillic";
  if (/\p{Script=Arabic}/u.test(char)) return "arabic";
  return "other";
}

/**
 * How much a decoding looks like real text, judged on its non-ASCII characters only (the code pages agree on
 * ASCII): letters that sit in words of their own script score, symbols and control characters cost, and so do
 * capitals inside words ("SÈnÈgal", "RÈunion") and runs of accented Latin letters ("Ïðèâåò"), which Western
 * languages do not have but wrongly decoded Cyrillic or Arabic does.
 */
export function plausibility(text: string): number {
  let score = 0;
  const nonAscii = /[^\x00-\x7f]/g;
  for (let match = nonAscii.exec(text); match !== null; match = nonAscii.exec(text)) {
    const at = match.index;
    const char = match[0];
    const before = text[at - 1] ?? " ";
    const after = text[at + 1] ?? " ";
    if (PLAUSIBLE_PUNCTUATION.has(char)) {
      // Inside a word only an apostrophe or a middle dot belongs ("don’t", "col·lecció"); "Espa–a" is Mac Roman read as Windows.
      score += LETTER.test(before) && LETTER.test(after) && char !== "’" && char !== "·" ? -1 : 1;
    } else if (LETTER.test(char)) {
      const own = script(char);
      const neighbours = [before, after].filter((c) => LETTER.test(c));
      if (neighbours.some((c) => script(c) !== own)) score -= 2;
      else if (UPPER.test(char) && (LOWER.test(before) || (LETTER.test(before) && LOWER.test(after)))) score -= 2;
      else if (own === "latin" && neighbours.length === 2 && neighbours.every((c) => c.charCodeAt(0) > 0x7f)) score -= 1;
      else score += 1;
    } else if (MARK.test(char) && LETTER.test(before) && script(before) === script(char)) {
      score += 1;
    } else {
      score -= 3;
    }
  }
  return score;
}
