/**
 * Telling a workbook from a text export by its first bytes, and the one-line answer for the
 * spreadsheet files this tool does not read (a legacy `.xls`, an "xls" that is an HTML page).
 * Pure functions over a byte prefix.
 */
import type { InputError } from '../model/input.js';
import { inputError } from '../messages/errors.js';

/** What the first bytes of a file say it is. */
export type Container = 'zip' | 'ole2' | 'encrypted' | 'html' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * The stream an encrypted (password-protected) `.xlsx` keeps its zip in, named in the compound
 * document's directory (UTF-16LE): such a file is OLE2 too, but no legacy `.xls`.
 */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');
/** Bytes looked at for an HTML start tag. */
const HTML_WINDOW = 2048;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

/**
 * The container of a file from its first bytes: `zip` (an `.xlsx` workbook), `ole2` (a legacy
 * `.xls`, BIFF in a compound document: `D0 CF 11 E0`), `html` (a web page, as many government
 * systems export under an `.xls` name) or `text`. A UTF-8/UTF-16 BOM before the HTML is allowed.
 *
 * @example containerOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // => 'ole2'
 * @example containerOf(Buffer.from('<html><table><tr><td>민원번호</td>')) // => 'html'
 * @example containerOf(Buffer.from('민원번호,접수일시\n')) // => 'text'
 */
export function containerOf(prefix: Uint8Array): Container {
  if (startsWith(prefix, ZIP)) return 'zip';
  if (startsWith(prefix, OLE2))
    return Buffer.from(prefix.buffer, prefix.byteOffset, prefix.byteLength).includes(ENCRYPTED) ? 'encrypted' : 'ole2';
  const head = Buffer.from(prefix.buffer, prefix.byteOffset, Math.min(prefix.byteLength, HTML_WINDOW));
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = (utf16 ? head.toString('latin1').replace(/\0/g, '') : head.toString('latin1')).replace(
    /^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/,
    '',
  );
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (/^<(!doctype html|html|\?xml[^>]*>\s*<html|table|meta|head|body|style)\b/.test(start)) return 'html';
  if (start.startsWith('<') && /<(table|html)\b/.test(text.toLowerCase())) return 'html';
  return 'text';
}

/**
 * The error for a spreadsheet file that cannot be audited as it is, or null for a zip or text.
 * One line: what the file is and how to convert it (stable codes `LEGACY_XLS`, `HTML_XLS`).
 *
 * @example unreadableSpreadsheet('html', 'c.xls')?.code // => 'HTML_XLS'
 * @example unreadableSpreadsheet('text', 'c.csv') // => null
 */
export function unreadableSpreadsheet(container: Container, file: string): InputError | null {
  if (container === 'ole2') {
    return inputError('LEGACY_XLS', 'INPUT_WORKBOOK', { file, problem: 'legacy-xls' }, file);
  }
  if (container === 'encrypted') {
    return inputError('ENCRYPTED_XLSX', 'INPUT_WORKBOOK', { file, problem: 'encrypted' }, file);
  }
  if (container === 'html') {
    return inputError('HTML_XLS', 'INPUT_WORKBOOK', { file, problem: 'html-xls' }, file);
  }
  return null;
}
