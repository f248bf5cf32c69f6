/** `inspect`'s report as text for a terminal, in English or Korean (`--lang`, else the locale). */
import { delimiterNames } from '../../messages/rejections.js';
import { placeOf } from '../../model/place.js';
import { HEADER_VIA_WORDS } from '../../messages/listing-words.js';
import { KIND_KO } from '../../model/records.js';
import type { Lang } from '../../model/rule.js';
import { displayWidth } from '../../report/box.js';
import { rejectionReason, warningMessage } from '../../report/i18n.js';
import { showControl } from '../../report/sanitize.js';
import type { ColumnMapping } from '../../model/input.js';
import type { Kind } from '../../model/records.js';
import type { Rejection, Warning } from '../../model/result.js';

/** What `inspect` found, as `--json` prints it. */
export interface InspectReport {
  file: string;
  kind: Kind;
  encoding: string;
  delimiter: string;
  headerLine: number;
  /** Title lines skipped above the header. */
  skipped: string[];
  columns: ColumnMapping[];
  /** Canonical columns of the kind the file lacks. */
  missing: string[];
  rows: number;
  records: number;
  rejected: number;
  /** Total and subtotal rows (합계, 소계 …). */
  summary: number;
  rejections: Rejection[];
  warnings: number;
  warningList: Warning[];
  samples: Record<string, string | number | boolean | null>[];
}

/** The words of the report, each label padded to one column in its language. */
const WORDS = {
  en: {
    file: 'file:       ',
    encoding: 'encoding:   ',
    delimiter: 'delimiter:  ',
    kind: 'kind:       ',
    kindName: (k: InspectReport['kind']) => k,
    header: (row: boolean, line: number, columns: number) => `header:     ${row ? 'row' : 'line'} ${line}, ${columns} columns`,
    skipped: 'skipped title line: ',
    empty: '(empty)',
    ignored: '(ignored)',
    missing: 'not in the file: ',
    rows: (r: InspectReport) =>
      `rows:       ${r.rows} (${r.records} read, ${r.rejected} rejected${r.summary > 0 ? `, ${r.summary} total rows` : ''})`,
    rejected: (shown: number, all: number) => `rejected${all > shown ? ` (first ${shown})` : ''}:`,
    warnings: (shown: number, all: number) => `warnings:   ${all}${all > shown ? ` (first ${shown})` : ''}`,
    samples: 'sample rows:',
    sample: (row: boolean, line: number) => `${row ? 'row' : 'line'} ${line}:`,
  },
  ko: {
    file: '파일:       ',
    encoding: '인코딩:     ',
    delimiter: '구분자:     ',
    kind: '자료 종류:  ',
    kindName: (k: InspectReport['kind']) => `${KIND_KO[k]} (${k})`,
    header: (row: boolean, line: number, columns: number) =>
      `머리글:     ${line}${row ? '행(시트)' : '번째 줄'}, 열 ${columns}개`,
    skipped: '건너뛴 제목 줄: ',
    empty: '(빈 칸)',
    ignored: '(무시)',
    missing: '파일에 없는 열: ',
    rows: (r: InspectReport) =>
      `행:         ${r.rows} (읽음 ${r.records}, 처리하지 못함 ${r.rejected}${r.summary > 0 ? `, 합계 행 ${r.summary}` : ''})`,
    rejected: (shown: number, all: number) => `처리하지 못한 행${all > shown ? ` (처음 ${shown}건)` : ''}:`,
    warnings: (shown: number, all: number) => `경고:       ${all}${all > shown ? ` (처음 ${shown}건)` : ''}`,
    samples: '표본 행:',
    sample: (row: boolean, line: number) => `${line}${row ? '행' : '번째 줄'}:`,
  },
} satisfies Record<Lang, unknown>;

/** Input text as the terminal shows it: control characters made visible (report/sanitize.ts). */
const clean = showControl;

function pad(s: string, to: number): string {
  return s + ' '.repeat(Math.max(0, to - displayWidth(s)));
}

/**
 * The report as text for a terminal, in `lang`.
 *
 * @example formatInspect(report, 'ko').startsWith('파일:') // => true
 */
export function formatInspect(r: InspectReport, lang: Lang = 'en'): string {
  const t = WORDS[lang];
  const row = r.delimiter === '';
  const lines: string[] = [];
  lines.push(`${t.file}${clean(r.file)}`);
  lines.push(`${t.encoding}${r.encoding}`);
  if (!row) lines.push(`${t.delimiter}${delimiterNames(r.delimiter)[lang]}`);
  lines.push(`${t.kind}${t.kindName(r.kind)}`);
  lines.push(t.header(row, r.headerLine, r.columns.length));
  for (const s of r.skipped) lines.push(`  ${t.skipped}${clean(s)}`);
  const headers = r.columns.map((c) => clean(c.header === '' ? t.empty : c.header));
  const col = Math.max(...headers.map(displayWidth), 6);
  for (const [i, m] of r.columns.entries()) {
    const target = m.column === null ? t.ignored : `→ ${m.column} (${HEADER_VIA_WORDS[m.via][lang]})`;
    lines.push(`  ${String(m.index + 1).padStart(3)}  ${pad(headers[i]!, col)}  ${target}`);
  }
  if (r.missing.length > 0) lines.push(`${t.missing}${r.missing.join(', ')}`);
  lines.push(t.rows(r));
  if (r.rejected > 0) {
    lines.push(t.rejected(r.rejections.length, r.rejected));
    for (const j of r.rejections)
      lines.push(`  ${clean(placeOf(j.file, j.line, lang))}: ${j.code}: ${clean(rejectionReason(j, lang))}`);
  }
  if (r.warnings > 0) {
    lines.push(t.warnings(r.warningList.length, r.warnings));
    for (const w of r.warningList)
      lines.push(`  ${clean(placeOf(w.file, w.line, lang))}: ${w.code}: ${clean(warningMessage(w, lang))}`);
  }
  if (r.samples.length > 0) {
    lines.push(t.samples);
    for (const s of r.samples) {
      lines.push(`  ${t.sample(row, Number(s.line))}`);
      for (const [key, value] of Object.entries(s)) {
        if (key === 'file' || key === 'line' || key === 'kind') continue;
        lines.push(`    ${key.padEnd(22)} ${value === null ? '—' : clean(typeof value === 'string' ? value : String(value))}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
