import { foldVietnamese } from "@/lib/text/fold-vietnamese";

export type TextSegment = { text: string; match: boolean };

const WORD_CHAR = /[a-z0-9]/;

/**
 * The text folded one character at a time, with the position in the original text of every
 * folded character, so a match found in folded text can be marked in the original.
 */
function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = "";
  const origins: number[] = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    // White space must survive as a word boundary; combining marks fold to nothing.
    const piece = /\s/.test(char) ? " " : foldVietnamese(char);
    for (const foldedChar of piece) {
      folded += foldedChar;
      origins.push(index);
    }
    index += char.length;
  }
  return { folded, origins };
}

/** Ranges [start, end) of the original text where a whole search word occurs. */
function matchRanges(text: string, terms: string[]): [number, number][] {
  const { folded, origins } = foldWithOrigins(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const after = at + term.length;
      if (WORD_CHAR.test(folded[at - 1] ?? "") || WORD_CHAR.test(folded[after] ?? "")) continue;
      const start = origins[at];
      // The match ends where the next folded character begins (combining marks stay inside).
      const end = after < origins.length ? origins[after] : text.length;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    // Overlapping matches, and matches only white space apart ("Đà Nẵng"), become one mark.
    if (last && (range[0] <= last[1] || text.slice(last[1], range[0]).trim() === "")) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Splits text into plain and matched pieces: "Đà Nẵng" for the term "nang" gives
 * "Đà " and a matched "Nẵng". The pieces are text, so whoever renders them escapes them
 * (React does) and marks only the matched ones.
 */
export function highlightSegments(text: string, terms: string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}

/** Whether any search word occurs in the text as a whole word. */
export function containsTerm(text: string, terms: string[]): boolean {
  return matchRanges(text, terms).length > 0;
}

/**
 * About `length` characters of the text around the first match, cut at word boundaries and
 * marked with "…" where text was left out; the beginning of the text when nothing matches.
 */
export function excerptAround(text: string, terms: string[], length = 240): string {
  if (text.length <= length) return text;
  const first = matchRanges(text, terms)[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
