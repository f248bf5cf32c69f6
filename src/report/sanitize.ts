/**
 * Making input-derived text safe for the medium it is written to. A CSV cell is attacker
 * controlled (issue 7): it must not send escape sequences to a terminal, run as a formula in
 * Excel, or inject markup into HTML or Markdown.
 */
import { BIDI_CLASS, INVISIBLE_ALL, INVISIBLE_CLASS } from '../model/invisible.js';

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL/ST), DCS/SOS/PM/APC
// (ESC P/X/^/_ … ST), and two-character escapes (ESC + one byte). The 8-bit CSI (U+009B)
// and OSC (U+009D) introducers are covered the same way.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// C0 controls except TAB/LF/CR, DEL, C1 controls, and the bidirectional overrides/isolates
// that can make text display differently from what it is ("Trojan Source").
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${BIDI_CLASS}]`, 'g');
const LINE_BREAKS = /\r\n|[\t\n\r\u2028\u2029]/g;
// Invisible format characters (zero-width, soft hyphen, direction marks; model/invisible.ts, the
// set the id check uses): they misalign a terminal table and make two different ids look the same
// (`2025\u200b0001`). Human formats drop them; the data formats keep them.
const ZERO_WIDTH = INVISIBLE_ALL;

/**
 * Removes escape sequences and control characters, keeping TAB, LF and CR.
 *
 * @example stripControl('A\u001b[31mB\u0007') // => 'AB'
 */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** The most characters of one value the human formats (table, Markdown, HTML) show. */
export const HUMAN_MAX = 1000;

/**
 * A value as the human formats show it: one longer than `max` characters keeps its start and
 * end around a note of how much was cut (a 300 MB department is a line, not 300 MB of page).
 * Cut before anything else, so a huge value is never copied whole.
 *
 * @example capText('a'.repeat(30), 20) // => 'aaaaaaaaaaa … (13 characters cut) … aaaaaa'
 */
export function capText(text: string, max = HUMAN_MAX): string {
  if (text.length <= max) return text;
  let head = Math.ceil(max * 0.55);
  let tail = text.length - Math.floor(max * 0.3);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text.charAt(head - 1))) head--;
  if (/[\udc00-\udfff]/.test(text.charAt(tail))) tail++;
  return `${text.slice(0, head)} … (${tail - head} characters cut) … ${text.slice(tail)}`;
}

/**
 * One-line terminal-safe text: {@link capText}, {@link stripControl}, zero-width characters
 * dropped, and tabs/line breaks become spaces.
 *
 * @example oneLine('a\r\nb\u001b]0;title\u0007') // => 'a b'
 */
export function oneLine(text: string): string {
  return stripControl(capText(text)).replace(ZERO_WIDTH, '').replace(LINE_BREAKS, ' ');
}

/**
 * Terminal-safe text that shows what the input holds: each control character (C0, DEL, C1)
 * becomes a visible escape such as `\u001b`, so nothing can drive the terminal and nothing is hidden (`inspect`).
 *
 * @example showControl('P\u001b[2J') // => 'P\\u001b[2J'
 */
export function showControl(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

// Everything a terminal could act on: C0 (TAB, LF, CR too), DEL, C1, the line and paragraph
// separators, bidi overrides and isolates, and the zero-width characters that make two different
// texts look the same.
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${INVISIBLE_CLASS}]`, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * One line safe to echo in a message: every control, escape, bidi or zero-width character is
 * shown as an escape (`\n`, `\u001b`) instead of acting on the terminal, and a text longer
 * than `max` keeps its start and end around a note of how much was cut.
 *
 * @example messageLine('bad\u001b]0;x\u0007 name\n.csv') // => 'bad\\u001b]0;x\\u0007 name\\n.csv'
 * @example messageLine('a'.repeat(30), 20) // => 'aaaaaaaaaaa … (13 characters cut) … aaaaaa'
 */
export function messageLine(text: string, max = 1000): string {
  const shown = text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (shown.length <= max) return shown;
  const head = Math.ceil(max * 0.55);
  const tail = Math.floor(max * 0.3);
  return `${shown.slice(0, head)} … (${shown.length - head - tail} characters cut) … ${shown.slice(shown.length - tail)}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values (control characters removed,
 * a value over {@link HUMAN_MAX} characters cut by {@link capText}).
 *
 * @example escapeHtml('<script>"x" & \'y\'</script>') // => '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return stripControl(capText(text))
    .replace(ZERO_WIDTH, '')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for a Markdown table cell: one line, HTML-escaped, and the characters that
 * would end the cell or start inline markup backslash-escaped.
 *
 * @example escapeMarkdownCell('a|b `c` <b>') // => 'a\\|b \\`c\\` &lt;b&gt;'
 */
export function escapeMarkdownCell(text: string): string {
  return oneLine(text)
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Neutralises a spreadsheet formula (OWASP CSV injection): a cell beginning with `=`, `+`, `-`,
 * `@`, TAB or CR gets a leading `'`, which Excel and LibreOffice show as text.
 *
 * @example neutraliseFormula('=HYPERLINK("http://x")') // => '\'=HYPERLINK("http://x")'
 * @example neutraliseFormula('2024-07-01') // => '2024-07-01'
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
