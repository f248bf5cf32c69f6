/** Input values as messages quote them. */

const MAX_SHOWN = 60;

/**
 * A cell quoted for a one-line message: JSON-style escapes (so no control character or escape
 * sequence from the input reaches a terminal) and long values cut to 60 characters.
 *
 * @example quoteValue('2025-02-30 09:00') // => '"2025-02-30 09:00"'
 * @example quoteValue('a\u001b[31mb') // => '"a\\u001b[31mb"'
 */
export function quoteValue(s: string): string {
  const shown = s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
  return JSON.stringify(shown).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
