/**
 * Finding the header line in the decoded start of a file, and telling its delimiter.
 * Pure functions over strings.
 */
import { isBlank } from './text.js';

/** The first non-blank line of a text, found quote-aware. */
export interface HeaderLine {
  /** The line's text (without its line break). */
  text: string;
  /** 1-based physical line where it starts. */
  line: number;
}

/**
 * The first non-blank line of `text` (a quoted cell may span lines), or null when the text ends
 * before that line does and more may follow (`eof` false). With `eof`, an unterminated last line
 * is the header; a text of blank lines only gives null.
 *
 * @example findHeaderLine('\nid,received_at\n1,x', true) // => { text: 'id,received_at', line: 2 }
 */
export function findHeaderLine(text: string, eof: boolean): HeaderLine | null {
  let line = 1;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if ((c === 10 || c === 13) && !quoted) {
      const candidate = text.slice(start, i);
      if (!isBlank(candidate)) return { text: candidate, line };
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      start = i + 1;
    }
  }
  if (!eof) return null;
  const rest = text.slice(start);
  return isBlank(rest) ? null : { text: rest, line };
}

const CANDIDATES = [',', '\t', ';'] as const;

/**
 * The delimiter of a header line: whichever of `,` `\t` `;` occurs most often outside quotes
 * (comma on a tie or when none does).
 *
 * @example detectDelimiter('민원번호;접수일시;"처리,일시"') // => ';'
 * @example detectDelimiter('id\treceived_at') // => '\t'
 */
export function detectDelimiter(line: string): string {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) counts[0]!++;
      else if (c === 9) counts[1]!++;
      else if (c === 59) counts[2]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < 3; k++) if (counts[k]! > counts[best]!) best = k;
  return CANDIDATES[best]!;
}

/** How many non-blank lines the header is looked for in (title lines above it are skipped). */
export const HEADER_SEARCH_LINES = 20;

/**
 * The first `max` non-blank lines of `text` (quote-aware), complete ones only unless `eof`: the
 * candidates for the header line. A quote left open ends the list (the rest is one cell).
 *
 * @example headerCandidates('2025년 1분기,,\n\n청구번호,청구일시\n', true).map((l) => l.line) // => [1, 3]
 */
export function headerCandidates(text: string, eof: boolean, max = HEADER_SEARCH_LINES): HeaderLine[] {
  const out: HeaderLine[] = [];
  let line = 1;
  let start = 0;
  let startLine = 1;
  let quoted = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      if (quoted) continue;
      const candidate = text.slice(start, c === 13 && text.charCodeAt(i) === 10 ? i - 1 : i);
      if (!isBlank(candidate)) out.push({ text: candidate, line: startLine });
      start = i + 1;
      startLine = line;
    }
  }
  if (eof && out.length < max && !quoted) {
    const rest = text.slice(start);
    if (!isBlank(rest)) out.push({ text: rest, line: startLine });
  }
  return out;
}
