/**
 * The parts of an `.xlsx` workbook as SpreadsheetML text, written in pieces: a worksheet's rows
 * are produced as they are read from its table, so the workbook's XML is never whole in memory.
 * Strings are inline (`t="inlineStr"`, no shared-string table to hold), numbers and date serials
 * are `<v>` values with a cell style for their number format, the header row is bold, frozen and
 * filtered. Pure text; the zip is ./xlsx-zip.ts's.
 */

/** A cell as the writer takes it: text, a number with a number format (or none), or empty. */
export type XmlCell = { text: string } | { num: number; numFmt: string | undefined } | null;

/** One worksheet to write. */
export interface XmlSheet {
  name: string;
  headers: readonly string[];
  widths: readonly number[];
  rows: () => Iterable<readonly XmlCell[]>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Rows are handed on in pieces of about this many characters. */
const PIECE = 1 << 16;

/** Characters XML 1.0 cannot hold (C0 controls but tab, CR and LF; lone surrogates; U+FFFE/F). */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as XML character data or an attribute value: `& < > "` escaped, characters XML cannot
 * hold dropped.
 *
 * @example xmlText('a < b & "c"') // => 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The column letters of a 1-based column number.
 *
 * @example columnName(1) // => 'A'
 * @example columnName(28) // => 'AB'
 */
export function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The cell styles of a workbook: 0 plain, 1 bold (the header), then one per number format, in first use. */
export class Styles {
  private readonly formats = new Map<string, number>();

  /** The style index of a number format (a new one is added on first use). */
  of(numFmt: string | undefined): number {
    if (numFmt === undefined) return 0;
    let index = this.formats.get(numFmt);
    if (index === undefined) {
      index = this.formats.size + 2;
      this.formats.set(numFmt, index);
    }
    return index;
  }

  /** `xl/styles.xml`: written after the sheets, once every format is known. */
  xml(): string {
    const formats = [...this.formats.keys()];
    const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('');
    const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    const xf = (numFmtId: number, fontId: number) =>
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fontId > 0 ? ' applyFont="1"' : ''}${numFmtId > 0 ? ' applyNumberFormat="1"' : ''}/>`;
    const xfs = [xf(0, 0), xf(0, 1), ...formats.map((_f, i) => xf(164 + i, 0))];
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function cellXml(ref: string, cell: XmlCell, styles: Styles, bold: boolean): string {
  if (cell === null) return '';
  if ('text' in cell) {
    const space = /^\s|\s$/.test(cell.text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${bold ? ' s="1"' : ''} t="inlineStr"><is><t${space}>${xmlText(cell.text)}</t></is></c>`;
  }
  if (!Number.isFinite(cell.num)) return '';
  const s = styles.of(cell.numFmt);
  return `<c r="${ref}"${s > 0 ? ` s="${s}"` : ''}><v>${cell.num}</v></c>`;
}

/**
 * A worksheet's XML in pieces of about 64 KiB: frozen header row, column widths, the rows, an
 * autofilter over the header.
 */
export function* sheetXml(sheet: XmlSheet, styles: Styles): Generator<string> {
  const letters = sheet.headers.map((_h, i) => columnName(i + 1));
  const last = letters[letters.length - 1] ?? 'A';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  let piece =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols}</cols>` : '') +
    '<sheetData><row r="1">' +
    sheet.headers.map((h, i) => cellXml(`${letters[i]}1`, { text: h }, styles, true)).join('') +
    '</row>';
  let r = 1;
  for (const cells of sheet.rows()) {
    r++;
    let row = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) row += cellXml(`${letters[i]}${r}`, cells[i] ?? null, styles, false);
    piece += `${row}</row>`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</sheetData><autoFilter ref="A1:${last}1"/></worksheet>`;
}

/** A sheet name as a reference in a formula: quoted, a quote doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** `xl/workbook.xml`: the sheets in order, each with its autofilter's hidden name. */
export function workbookXml(sheets: readonly XmlSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = sheets
    .map((s, i) => {
      const last = columnName(Math.max(1, s.headers.length));
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quoted(s.name)}!$A$1:$${last}$1`)}</definedName>`;
    })
    .join('');
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list}</sheets><definedNames>${names}</definedNames></workbook>`
  );
}

/** `xl/_rels/workbook.xml.rels`: the worksheets, then the styles. */
export function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_x, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
}

/** `[Content_Types].xml` for a workbook of `count` sheets. */
export function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_x, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

/** `_rels/.rels`: the workbook and the document properties. */
export function packageRels(): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** `docProps/core.xml`: title, author and the document dates (`W3CDTF`, e.g. `2025-09-01T00:00:00Z`). */
export function coreXml(title: string, author: string, when: string): string {
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(author)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlText(author)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** `docProps/app.xml`: the application that wrote the workbook. */
export function appXml(application: string): string {
  return `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(application)}</Application></Properties>`;
}
