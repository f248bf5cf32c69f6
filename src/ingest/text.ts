/**
 * Small text helpers shared by the reader: header and vocabulary normalisation, blank checks and
 * safe quoting of a cell for a message. All work on char codes; none allocates on the fast path.
 */
import { isInvisible } from '../model/invisible.js';

/**
 * True for characters a header or vocabulary match ignores: spaces (incl. NBSP and the
 * full-width space), `_`, `-` and parentheses (ASCII and full-width), a BOM and the other
 * invisible format characters (model/invisible.ts: `조달청\u2060` is 조달청).
 */
function ignorable(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 95 /* _ */ ||
    c === 45 /* - */ ||
    c === 40 ||
    c === 41 ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0xfeff ||
    (c >= 0xad && isInvisible(c))
  );
}

/**
 * The key a header cell or a vocabulary value is matched by: lower case, without spaces, `_`,
 * `-`, parentheses, a BOM or another invisible character.
 *
 * @example normalizeKey('\uFEFFReceived_At') // => 'receivedat'
 * @example normalizeKey('지급 일시') // => '지급일시'
 * @example normalizeKey('Care-Call') // => 'carecall'
 */
export function normalizeKey(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (ignorable(text.charCodeAt(i))) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  out += text.slice(start);
  return out.toLowerCase();
}

/**
 * The header text without a parenthesised annotation (`청구금액(원)` → `청구금액`), or null when it
 * has none. Used as a second try when the whole header does not match.
 *
 * @example withoutAnnotation('대기시간(초)') // => { base: '대기시간', note: '초' }
 * @example withoutAnnotation('대기시간') // => null
 */
export function withoutAnnotation(text: string): { base: string; note: string } | null {
  let open = text.indexOf('(');
  if (open < 0) open = text.indexOf('（');
  if (open <= 0) return null;
  let close = text.indexOf(')', open);
  if (close < 0) close = text.indexOf('）', open);
  if (close < 0) return null;
  return { base: text.slice(0, open) + text.slice(close + 1), note: text.slice(open + 1, close).trim() };
}

/**
 * True when the cell is empty or only whitespace (so an optional value is absent).
 *
 * @example isBlank('  ') // => true
 * @example isBlank(' x') // => false
 */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x3000 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** True for a char code that may be white space to `String.prototype.trim` (a superset: only a hint). */
function maybeTrimmed(c: number): boolean {
  return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.trim()`, without the call when neither end can be white space: the cell itself, which is
 * what nearly every cell of an export is. (`trim` was ~5% of an audit's CPU on a million rows.)
 *
 * @example trimCell(' P-1 ') // => 'P-1'
 * @example trimCell('나라장터') // => '나라장터'
 */
export function trimCell(text: string): string {
  const n = text.length;
  return n === 0 || maybeTrimmed(text.charCodeAt(0)) || maybeTrimmed(text.charCodeAt(n - 1)) ? text.trim() : text;
}

/** A cell quoted for a one-line message (see format/text.ts). */
export { quoteValue } from '../format/text.js';
