/**
 * `-o report.xlsx` (`--format xlsx`): the auditor's workbook, one sheet per table of
 * ./xlsx-tables.ts. Labels follow `--lang`.
 *
 * Every value is a typed cell and never a formula: times are date cells holding the KST wall
 * clock, durations and counts numbers, rates numbers with a percent format, text is text (an
 * inline string, so a text starting with `=` stays text). Each table has a frozen header row,
 * an autofilter and column widths that fit Korean (a wide character counts 2). The workbook is
 * streamed: each sheet's rows become XML and are deflated into the zip as they are made
 * (./xlsx-xml.ts, ./xlsx-zip.ts), so memory holds the result and a chunk, not the workbook. The
 * document dates and every zip entry carry the audit's as-of time, so a rerun writes the same
 * bytes. No I/O here.
 */
import stringWidth from 'string-width';
import { KST_OFFSET_SECONDS } from '../calendar/kst.js';
import type { AuditResult } from '../model/result.js';
import { labels } from './i18n.js';
import { stripControl } from './sanitize.js';
import type { Chunk, FormatOptions, RenderFormat } from './types.js';
import { PERCENT_FORMAT, TIME_FORMAT, type XlsxCell, type XlsxTable, isKstTime, xlsxTables } from './xlsx-tables.js';
import {
  Styles,
  type XmlCell,
  type XmlSheet,
  appXml,
  contentTypes,
  coreXml,
  packageRels,
  sheetXml,
  workbookRels,
  workbookXml,
} from './xlsx-xml.js';
import { dosDateTime, zipStream } from './xlsx-zip.js';

export {
  type FormattedNumber,
  type KstTime,
  type XlsxCell,
  type XlsxColumn,
  type XlsxTable,
  PERCENT_FORMAT,
  TIME_FORMAT,
  xlsxTables,
} from './xlsx-tables.js';

/** Excel keeps at most this many characters in a cell. */
const CELL_LIMIT = 32_767;
/** A column is never wider than this. */
const MAX_WIDTH = 60;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Distinct texts of a column whose widths are remembered (titles, departments, files repeat). */
const MEMO = 4096;

/**
 * The width of a column that shows `text` whole: a wide (Korean, CJK) character counts 2.
 *
 * @example textWidth('대금지급') // => 8
 * @example textWidth('P-1') // => 3
 */
export function textWidth(text: string): number {
  // Printable ASCII on one line (ids, rule ids, file names): one column a character.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let w = 0;
  for (const line of text.split('\n')) w = Math.max(w, stringWidth(line));
  return w;
}

/**
 * A text as a cell holds it: control characters dropped, cut to Excel's 32,767 characters with
 * `…` (a 300 MB field is cut before it is cleaned, so it is never copied whole).
 *
 * @example cellText('A\u001b[31mB') // => 'AB'
 */
export function cellText(s: string): string {
  const long = s.length > 2 * CELL_LIMIT;
  const clean = stripControl(long ? s.slice(0, 2 * CELL_LIMIT) : s);
  return long || clean.length > CELL_LIMIT ? `${clean.slice(0, CELL_LIMIT - 1)}…` : clean;
}

function cellWidth(v: XlsxCell, numFmt: string | undefined): number {
  if (v === null) return 0;
  if (isKstTime(v)) return TIME_FORMAT.length;
  if (typeof v === 'object') return cellWidth(v.num, v.numFmt);
  if (typeof v === 'number') {
    if (numFmt === PERCENT_FORMAT) return 7;
    const digits = String(Math.round(Math.abs(v))).length;
    return digits + Math.floor((digits - 1) / 3) + (v < 0 ? 1 : 0) + (Number.isInteger(v) ? 0 : 3);
  }
  // Only what fits in the widest column is measured.
  return textWidth(v.length > 4 * MAX_WIDTH ? v.slice(0, 4 * MAX_WIDTH) : v);
}

/** Column widths for a table: the widest cell or header + 2, between 6 and 60. */
export function columnWidths(table: XlsxTable): number[] {
  const widths = table.columns.map((c) => textWidth(c.header) + 2); // room for the autofilter button
  const seen = table.columns.map(() => new Map<string, number>());
  for (const row of table.rows) {
    for (let i = 0; i < widths.length; i++) {
      if (widths[i]! >= MAX_WIDTH - 2) continue; // already as wide as a column gets
      const v = row[i] ?? null;
      let w: number;
      if (typeof v === 'string') {
        const memo = seen[i]!;
        const known = memo.get(v);
        w = known ?? cellWidth(v, undefined);
        if (known === undefined && memo.size < MEMO) memo.set(v, w);
      } else w = cellWidth(v, table.columns[i]!.numFmt);
      if (w > widths[i]!) widths[i] = w;
    }
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(6, w + 2)));
}

/** A table cell as the XML writer takes it: dates as serials in the time format, text cleaned and capped. */
function xmlCell(v: XlsxCell, numFmt: string | undefined): XmlCell {
  if (v === null) return null;
  if (isKstTime(v)) return { num: 25569 + (v.kst + KST_OFFSET_SECONDS) / 86400, numFmt: TIME_FORMAT };
  if (typeof v === 'object') return { num: v.num, numFmt: v.numFmt };
  if (typeof v === 'number') return { num: v, numFmt };
  return { text: cellText(v) };
}

function xmlSheet(table: XlsxTable): XmlSheet {
  const formats = table.columns.map((c) => c.numFmt);
  return {
    name: table.name,
    headers: table.columns.map((c) => cellText(c.header)),
    widths: columnWidths(table),
    rows: function* () {
      for (const row of table.rows) yield row.map((v, i) => xmlCell(v, formats[i]));
    },
  };
}

/**
 * The workbook's bytes (an `.xlsx` zip), in pieces as they are made. Deterministic: the document
 * dates and every zip entry carry the as-of time, never the clock.
 */
export function xlsxChunks(result: AuditResult, o: FormatOptions): AsyncGenerator<Uint8Array> {
  const wall = new Date((result.asOf + KST_OFFSET_SECONDS) * 1000);
  const sheets = xlsxTables(result, o).map(xmlSheet);
  const styles = new Styles();
  const when = `${wall.toISOString().slice(0, 19)}Z`;
  const entries = [
    { name: '[Content_Types].xml', text: () => [contentTypes(sheets.length)] },
    { name: '_rels/.rels', text: () => [packageRels()] },
    { name: 'docProps/app.xml', text: () => [appXml('charter-audit')] },
    { name: 'docProps/core.xml', text: () => [coreXml(labels(o.lang).reportTitle, 'charter-audit', when)] },
    { name: 'xl/workbook.xml', text: () => [workbookXml(sheets)] },
    { name: 'xl/_rels/workbook.xml.rels', text: () => [workbookRels(sheets.length)] },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: () => sheetXml(s, styles) })),
    // Last: the number formats are known once every sheet is written.
    { name: 'xl/styles.xml', text: () => [styles.xml()] },
  ];
  const stamp = dosDateTime(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
  return zipStream(entries, stamp);
}

/** The whole workbook in one buffer (for tests and small reports; the format streams). */
export async function xlsxBytes(result: AuditResult, o: FormatOptions): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const p of xlsxChunks(result, o)) {
    parts.push(p);
    size += p.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** `--format xlsx` / `-o report.xlsx`: the auditor's workbook. */
export const xlsxFormat: RenderFormat = {
  name: 'xlsx',
  extensions: ['.xlsx'],
  description: "the auditor's Excel workbook (typed cells, one sheet per table)",
  binary: true,
  render: (result: AuditResult, options: FormatOptions): AsyncGenerator<Chunk> => xlsxChunks(result, options),
};
