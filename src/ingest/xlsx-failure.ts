/**
 * Why a workbook could not be read, as data: exceljs reports a damaged file through the words
 * of the library that failed (unzip, zlib, the XML parser); they are classified here so the
 * catalog can say in `--lang` what happened (cut short, damaged), and kept in `detail`.
 */
import type { WorkbookFailure } from '../model/messages.js';

/** A read that did not see every part of the workbook (tried again): what was missing. */
export class IncompleteRead extends Error {
  constructor(readonly why: Extract<WorkbookFailure, { cause: 'workbook-part' | 'worksheets' | 'sheet' }>) {
    super(
      why.cause === 'workbook-part'
        ? 'the workbook part (xl/workbook.xml) was not read'
        : why.cause === 'worksheets'
          ? `${why.read} of ${why.expected} worksheets were read`
          : `sheet "${why.sheet}" was not reached`,
    );
  }
}

/** zlib's and unzip's words for damaged compressed data. */
const DAMAGED_ZIP =
  /invalid (distance|stored block|block type|code|literal|signature|bit length|distances? set|literal\/lengths? set)|incorrect (header|data|length) check|unknown compression method|too many length or distance symbols|corrupt/i;
/** The XML parser's position prefix (`2:43022: weird empty close tag.`). */
const XML_ERROR = /^\d+:\d+: /;

/**
 * The failure of a workbook read, from the error thrown.
 *
 * @example workbookFailure(new Error('FILE_ENDED')) // => { cause: 'cut-short' }
 * @example workbookFailure(new Error('invalid distance too far back')) // => { cause: 'damaged-zip' }
 * @example workbookFailure(new Error('2:896: unmatched closing tag: sheet.')) // => { cause: 'damaged-xml' }
 */
export function workbookFailure(err: unknown): WorkbookFailure {
  if (err instanceof IncompleteRead) return err.why;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (message === 'FILE_ENDED' || code === 'Z_BUF_ERROR' || /unexpected end of (file|data)/i.test(message))
    return { cause: 'cut-short' };
  if (DAMAGED_ZIP.test(message) || code === 'Z_DATA_ERROR') return { cause: 'damaged-zip' };
  if (XML_ERROR.test(message)) return { cause: 'damaged-xml' };
  return { cause: 'other' };
}
