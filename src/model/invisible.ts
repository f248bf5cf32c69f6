/**
 * Invisible format characters: one definition for the id check (INVISIBLE_IN_ID), the grouping
 * values' cleaning (department) and the human formats' stripping (report/sanitize.ts).
 *
 * - zero-width space, non-joiner, joiner (U+200B–200D), word joiner and invisible operators
 *   (U+2060–2064), the BOM as zero-width no-break space (U+FEFF);
 * - soft hyphen (U+00AD), shown by nothing unless a line breaks there;
 * - left-to-right and right-to-left marks (U+200E/200F), bidi embeddings and overrides
 *   (U+202A–202E) and isolates (U+2066–2069).
 *
 * Each makes a text look like another one (`2025\u00ad01` shows as `202501`).
 */

/**
 * The direction marks, embeddings, overrides and isolates, as the body of a regular-expression
 * class: they can also make text display in another order than it is stored ("Trojan Source").
 */
export const BIDI_CLASS = '\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/** Every invisible format character, as the body of a regular-expression class. */
export const INVISIBLE_CLASS = `\\u00ad\\u200b-\\u200d\\u2060-\\u2064\\ufeff${BIDI_CLASS}`;

/**
 * True when the text holds an invisible format character.
 *
 * @example INVISIBLE.test('2025\u00ad01') // => true
 */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);

/** Every invisible format character (global: for `replace`). */
export const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');

/**
 * True when `c` (a UTF-16 code unit) is an invisible format character; the loop-friendly form of
 * {@link INVISIBLE}.
 *
 * @example isInvisible(0x200e) // => true
 * @example isInvisible(0x41) // => false
 */
export function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/**
 * True when the text holds an invisible format character (a loop over code units, for the
 * reader's hot path).
 *
 * @example hasInvisible('구매사업국\u2060') // => true
 */
export function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xad && isInvisible(c)) return true;
  }
  return false;
}

/**
 * The text without its invisible format characters.
 *
 * @example stripInvisible('구매\u200e사업국') // => '구매사업국'
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}
