/**
 * The catalog words every code in both languages from its data alone: one sample per code, and
 * the sample list must cover the catalog (a new code without a sample fails here).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, labelText, renderBoth, renderMessage } from '../../src/messages/catalog.js';
import { findReading } from '../../src/whatif/readings.js';
import type { Message, MessageCode } from '../../src/model/messages.js';
import { contractStandardDays } from '../../src/rules/contract-standard-days.js';

const HANGUL = /[가-힣]/;

const SAMPLES: Message[] = [
  { code: 'MISSING_REQUIRED', data: { of: 'start', header: '청구일시', kind: 'payments', column: 'claimed_at' } },
  {
    code: 'MISSING_REQUIRED',
    data: { of: 'supplement-request', header: '보완접수일시', value: '2025-03-05 10:00', requested: null },
  },
  { code: 'INVALID_TIMESTAMP', data: { header: '지급일시', value: '2025-02-30 09:00', problem: 'date' } },
  {
    code: 'END_BEFORE_START',
    data: { header: '지급일시', value: '2025-03-03 09:00', startHeader: '청구일시', startValue: '2025-03-04 09:00' },
  },
  {
    code: 'UNKNOWN_VALUE',
    data: { header: '접수경로', value: '비둘기', expected: 'word', vocabulary: 'channel', accepted: '인터넷/web' },
  },
  { code: 'UNKNOWN_VALUE', data: { header: '대기안내', value: '글쎄', expected: 'yes-no' } },
  { code: 'INVALID_NUMBER', data: { header: '청구금액', value: '12a', expected: 'amount' } },
  { code: 'FIELD_COUNT', data: { fields: 2, width: 5, delimiter: ';' } },
  { code: 'BAD_ENCODING', data: { header: '처리부서', value: '\uFFFD', encoding: 'utf-8', readAsUtf8: true } },
  { code: 'NUL_BYTE', data: { header: '처리부서' } },
  { code: 'UNTERMINATED_QUOTE', data: { shape: 'open', line: 4, last: 9 } },
  { code: 'UNTERMINATED_QUOTE', data: { shape: 'stray', line: 3, last: 4, fields: 11, width: 5 } },
  { code: 'UNTERMINATED_QUOTE', data: { shape: 'swallowed', line: 3, last: 5 } },
  { code: 'CSV_ERROR', data: { last: 12, detail: 'Invalid Record Length' } },
  {
    code: 'CALENDAR_YEAR_NOT_LOADED',
    data: { span: false, column: 'received_at', header: '접수일시', at: '2028-01-03 09:00', year: 2028, loaded: [2018, 2027] },
  },
  { code: 'CALENDAR_YEAR_NOT_LOADED', data: { span: true, what: 'deadline', year: 2028, loaded: [] } },
  { code: 'MULTILINE_RECORDS', data: { records: 1, rows: 10, lines: 11, first: 5, firstEnd: 6 } },
  { code: 'DUPLICATE_COLUMN', data: { position: 3, header: '부서', kind: 'complaints', column: 'department' } },
  { code: 'DUPLICATE_ID', data: { header: '청구번호', id: 'P-1', firstLine: 2 } },
  { code: 'INVISIBLE_IN_ID', data: { header: '청구번호', id: '2025\u200b0001' } },
  { code: 'INVISIBLE_IN_TEXT', data: { header: '부서', value: '구매사업국\u2060', kept: '구매사업국' } },
  { code: 'SUMMARY_ROW', data: {} },
  {
    code: 'WAIT_CONTRADICTS_TIMES',
    data: { wait: '대기시간', arrived: '인입일시', answered: '응답일시', written: 10, between: 50 },
  },
  {
    code: 'UNREADABLE_VALUE',
    data: {
      problem: { code: 'INVALID_NUMBER', data: { header: '청구금액', value: '12a', expected: 'amount' } },
      column: 'amount',
      rules: ['payment.x'],
    },
  },
  { code: 'RULE_SKIPPED', data: { rule: 'call.rings', kind: 'calls', missing: ['rings'] } },
  { code: 'SHARED_ID', data: { listed: true, id: 'C-1', kind: 'calls', firstFile: 'a.csv', firstLine: 2 } },
  { code: 'SHARED_ID', data: { listed: false, count: 3, shown: 20, file: 'b.csv', other: 'a.csv' } },
  { code: 'SHEET_SKIPPED', data: { sheet: '안내', rows: 20 } },
  { code: 'WHATIF_LABEL', data: { what: 'changes', changes: ['granularity="day"', '+2025-10-10 임시공휴일'] } },
  { code: 'WHATIF_LABEL', data: { what: 'holiday-announced', declared: [{ day: '2025-01-27', announced: '2025-01-08' }] } },
  { code: 'NOT_EVALUATED_OFF', data: {} },
  { code: 'NOT_EVALUATED_NO_ROWS', data: { kind: 'calls' } },
  { code: 'NOT_EVALUATED_OUT_OF_SCOPE', data: { kind: 'complaints', rows: 1, scope: 'record' } },
  { code: 'NOT_EVALUATED_OUT_OF_SCOPE', data: { kind: 'calls', rows: 12, scope: 'aggregate' } },
  { code: 'NOT_EVALUATED_NEEDS_KIND', data: { kind: 'calls' } },
  { code: 'NOT_EVALUATED_MISSING_COLUMNS', data: { kind: 'calls', columns: ['callback_requested_at', 'callback_at'] } },
  {
    code: 'NOT_EVALUATED_PRECONDITION',
    data: { messageId: 'no-table', data: {}, messages: contractStandardDays.meta.messages },
  },
  { code: 'STANDARD_DAYS_UNMATCHED', data: { types: [['수의계약', 3]], keys: ['총액'] } },
  {
    code: 'DUTY_PERIOD_NOT_JUDGED',
    data: {
      activity: 'self-evaluation',
      span: 'quarter',
      periods: [
        { key: '2025-Q2', region: null },
        { key: '2025', region: '서울지방조달청' },
      ],
    },
  },
  {
    code: 'DUTY_PERIOD_PENDING',
    data: {
      activity: 'customer-survey',
      periods: [
        { key: '2025', region: null, until: 'period', day: '2025-12-31' },
        { key: '2025-Q2', region: '부산지방조달청', until: 'publish', day: '2025-07-30' },
      ],
    },
  },
  { code: 'DUTY_WITHOUT_REGION', data: { activity: 'regional-meeting', rows: 2 } },
  { code: 'USAGE_NOT_ONE_OF', data: { option: '--fail-on', value: 'x', allowed: ['none', 'warning', 'error'] } },
  { code: 'USAGE_NOT_WHOLE', data: { option: '--limit', value: '-1', min: 0, what: 'count' } },
  { code: 'USAGE_NOT_WHOLE', data: { option: '--header-line', value: '0', min: 1, what: 'line' } },
  { code: 'USAGE_QUARTER', data: { value: '2025Q5', year: null } },
  { code: 'USAGE_DATE', data: { option: '--from', value: '2025-13-01' } },
  { code: 'USAGE_QUARTER_WITH_RANGE', data: {} },
  { code: 'USAGE_RANGE_REVERSED', data: { from: '2025-05-01', to: '2025-04-01' } },
  { code: 'USAGE_AS_OF', data: { option: '--as-of', value: 'soon', problem: 'format' } },
  { code: 'USAGE_STDIN_TWICE', data: {} },
  { code: 'USAGE_OUTPUT', data: { output: 'out/', problem: 'directory', path: 'out/report.json' } },
  { code: 'USAGE_FORMAT_FROM_NAME', data: { name: 'report.txt', extensions: ['.json', '.csv'] } },
  { code: 'USAGE_BINARY_TO_TERMINAL', data: { format: 'xlsx', extension: '.xlsx' } },
  { code: 'USAGE_WHAT_IF_FORMAT', data: { format: 'csv', formats: ['table', 'json'] } },
  { code: 'USAGE_EXPLAIN_FORMAT', data: { format: 'xlsx', formats: ['table', 'json', 'ndjson'] } },
  { code: 'USAGE_NOTHING_TO_EXPLAIN', data: { id: 'P-9' } },
  { code: 'USAGE_OVERWRITE_INPUT', data: { output: 'p.csv', role: 'input' } },
  { code: 'USAGE_INPUT_TWICE', data: { file: 'p.csv', first: null } },
  { code: 'USAGE_SAME_CONTENT', data: { first: 'p.csv', second: 'p (1).csv' } },
  { code: 'CLI_INIT_WROTE', data: { file: 'charter-audit.config.json' } },
  { code: 'CLI_OPTION_UNUSED', data: { option: '--sheet', value: '2', applies: 'workbooks' } },
  { code: 'CLI_INTERNAL_ERROR', data: { detail: "Cannot read properties of null (reading 'line')", debug: false } },
  { code: 'CLI_INTERNAL_ERROR', data: { detail: "Cannot read properties of null (reading 'line')", debug: true } },
  { code: 'USAGE_UNKNOWN_KIND', data: { command: 'inspect', value: 'invoices', kinds: ['calls', 'payments'] } },
  { code: 'USAGE_PERIOD_AMOUNT', data: { option: '--hours', value: '-1', problem: 'not-positive', example: '4' } },
  { code: 'USAGE_PERIOD_COUNT', data: { given: 2 } },
  { code: 'USAGE_DAYS', data: { value: '0' } },
  { code: 'USAGE_YEAR', data: { value: '25' } },
  { code: 'USAGE_SAMPLE', data: { problem: 'whole', name: 'rows', value: 'x', min: 0, max: 100 } },
  { code: 'USAGE_SAMPLE', data: { problem: 'fraction', name: 'late-share', value: '2' } },
  { code: 'USAGE_SAMPLE', data: { problem: 'date', name: 'from', value: '2025-13-01' } },
  { code: 'USAGE_SAMPLE', data: { problem: 'year', name: 'from', value: '2030-01-01', min: 2018, max: 2027 } },
  { code: 'USAGE_SAMPLE', data: { problem: 'encoding', name: 'encoding', value: 'latin1' } },
  { code: 'USAGE_SAMPLE', data: { problem: 'kind-required', kinds: ['calls'] } },
  { code: 'USAGE_SAMPLE', data: { problem: 'kind', value: 'x', kinds: ['calls'] } },
  { code: 'USAGE_SAMPLE', data: { problem: 'rows-required' } },
  { code: 'USAGE_SAMPLE', data: { problem: 'range', from: '2025-05-01', to: '2025-04-01' } },
  { code: 'INPUT_CONFIG_EXISTS', data: { file: 'charter-audit.config.json' } },
  { code: 'INPUT_FILE', data: { file: 'p.csv', problem: 'missing', detail: '' } },
  { code: 'INPUT_FILE', data: { file: 'p.csv', problem: 'directory', detail: '' } },
  { code: 'INPUT_FILE', data: { file: 'p.csv', problem: 'permission', detail: '' } },
  { code: 'INPUT_FILE', data: { file: 'p.csv', problem: 'other', detail: 'EIO' } },
  { code: 'USAGE_DUE_WITHIN', data: { value: '8', day: 28800 } },
  {
    code: 'INPUT_HEADER',
    data: {
      problem: 'unknown-kind',
      file: 'x.csv',
      shown: 'a, b',
      encoding: null,
      needs: [{ kind: 'payments', column: 'claimed_at', aliases: ['청구일시'], halves: ['청구일자', '청구시각'] }],
    },
  },
  {
    code: 'INPUT_HEADER',
    data: {
      problem: 'ambiguous-kind',
      file: 'x.csv',
      shown: 'a, b',
      encoding: 'cp949',
      kinds: ['calls', 'payments'],
      needs: [{ kind: 'payments', column: 'claimed_at', aliases: ['청구일시'], halves: ['청구일자', '청구시각'] }],
    },
  },
  {
    code: 'INPUT_HEADER',
    data: {
      problem: 'missing-column',
      file: 'x.csv',
      shown: 'a, b',
      encoding: null,
      need: { kind: 'payments', column: 'claimed_at', aliases: ['청구일시'], halves: ['청구일자', '청구시각'] },
    },
  },
  { code: 'INPUT_HEADER', data: { problem: 'misread', file: 'x.csv', shown: '〲㔲㈠', encoding: 'utf-16le' } },
  {
    code: 'INPUT_HEADER',
    data: {
      problem: 'missing-column',
      file: 'x.xlsx',
      shown: 'a',
      encoding: null,
      need: { kind: 'calls', column: 'arrived_at', aliases: ['인입일시'], halves: null },
      searched: { count: 20, unit: 'rows' },
    },
  },
  {
    code: 'INPUT_UNKNOWN_ENCODING',
    data: {
      name: 'klingon',
      accepted: [
        { name: 'utf-8', also: [], same: null },
        { name: 'cp949', also: ['uhc'], same: null },
      ],
    },
  },
  ...(
    [
      { problem: 'empty' },
      { problem: 'blank' },
      { problem: 'no-header' },
      { problem: 'zip' },
      { problem: 'read-twice' },
      { problem: 'not-csv', bytes: 1048576 },
      { problem: 'nul-header', line: 1 },
      { problem: 'header-csv', line: 2 },
      { problem: 'header-encoding', line: 1, encoding: 'utf-8' },
      { problem: 'header-line', headerLine: 9, search: 20, lines: [1, 2] },
      { problem: 'read-error', detail: 'EIO' },
      { problem: 'config-column', scope: 'calls', from: '대기', to: 'received_at', kind: 'calls', columns: ['arrived_at'] },
    ] as const
  ).map((d): Message => ({ code: 'INPUT_READ', data: { ...d, file: 'p.csv' } })),
  { code: 'INPUT_WRITE_FAILED', data: { target: '/dev/full', errno: 'ENOSPC', detail: 'ENOSPC: no space left on device' } },
  { code: 'INPUT_WRITE_FAILED', data: { target: 'out.json', errno: null, detail: 'stream destroyed' } },
  { code: 'INPUT_WHAT_IF', data: { file: 'w.json', problem: 'json', detail: 'Unexpected end of JSON input' } },
  { code: 'INPUT_WHAT_IF', data: { file: 'w.json', problem: 'not-object' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: null, problem: 'read', missing: false, detail: 'EACCES' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'quote', format: 'csv' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'fields', fields: 4 } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'date-empty', format: 'csv' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'not-a-date', text: '2028-13-01' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'no-name', date: '2028-01-01', format: 'csv' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 2, problem: 'action', action: 'move' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 1, problem: 'json', detail: 'Unexpected end of JSON input' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: null, problem: 'not-object', path: '[0]' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 3, problem: 'unknown-field', path: '[0]', field: 'nmae' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: null, problem: 'unknown-field', path: null, field: 'extra' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 3, problem: 'date-type', path: 'add[0]' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 3, problem: 'remove-type', path: '[1]' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 3, problem: 'remove-date', path: 'remove[0]' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: null, problem: 'arrays', format: 'json' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.json', line: 1, problem: 'not-array-or-object', format: 'json' } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 4, problem: 'conflict', date: '2028-01-01', addedLine: 2 } },
  { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: 4, problem: 'not-holiday', date: '2025-03-05' } },
  { code: 'INPUT_HOURS', data: { hours: [], problem: 'empty' } },
  { code: 'INPUT_HOURS', data: { hours: ['9-18'], problem: 'format', item: '9-18' } },
  { code: 'INPUT_HOURS', data: { hours: ['09:00-09:00'], problem: 'reversed', item: '09:00-09:00' } },
  {
    code: 'INPUT_HOURS',
    data: { hours: ['13:00-18:00', '09:00-12:00'], problem: 'overlap', item: '09:00-12:00', previous: '13:00-18:00' },
  },
  { code: 'INPUT_WORKBOOK', data: { file: 'old.xls', problem: 'legacy-xls' } },
  { code: 'INPUT_WORKBOOK', data: { file: 'web.xls', problem: 'html-xls' } },
  { code: 'INPUT_WORKBOOK', data: { file: 'p.xlsx [대금]', problem: 'empty-sheet' } },
  ...(
    [
      { cause: 'cut-short' },
      { cause: 'damaged-zip' },
      { cause: 'damaged-xml' },
      { cause: 'workbook-part' },
      { cause: 'worksheets', read: 6, expected: 8 },
      { cause: 'sheet', sheet: '대금' },
      { cause: 'other' },
    ] as const
  ).map((why): Message => ({
    code: 'INPUT_WORKBOOK',
    data: { file: 'p.xlsx', problem: 'bad-workbook', detail: 'end of central directory', why },
  })),
  { code: 'INPUT_WORKBOOK', data: { file: 'p.xlsx', problem: 'encrypted' } },
  { code: 'INPUT_WORKBOOK', data: { file: 'p.xlsx', problem: 'unknown-sheet', sheet: '3', position: true, names: ['대금'] } },
  { code: 'INPUT_WORKBOOK', data: { file: 'p.xlsx', problem: 'no-sheet', rows: 20, names: [], cause: null } },
  {
    code: 'INPUT_WORKBOOK',
    data: {
      file: 'p.xlsx',
      problem: 'no-sheet',
      rows: 20,
      names: ['안내'],
      cause: { code: 'INPUT_WORKBOOK', data: { file: 'p.xlsx [안내]', problem: 'empty-sheet' } },
    },
  },
  {
    code: 'INPUT_WORKBOOK',
    data: { file: 'p.xlsx [대금]', problem: 'header-line', headerLine: 9, search: 20, rows: [1, 2] },
  },
  { code: 'INPUT_WHAT_IF', data: { file: 'w.json', problem: 'label' } },
  { code: 'INPUT_WHAT_IF', data: { file: 'w.json', problem: 'unreadable', missing: true, detail: 'ENOENT' } },
  { code: 'USAGE_WHAT_IF_READING', data: { name: 'reading:x', readings: ['reading:a', 'reading:b'] } },
  { code: 'INPUT_WHAT_IF', data: { file: 'w.json', problem: 'fixed', key: 'granularity' } },
  { code: 'INPUT_DIFF', data: { problem: 'unreadable', file: 'a.json', missing: false, detail: 'EACCES' } },
  {
    code: 'INPUT_FLAG_YEAR_NOT_LOADED',
    data: { option: '--as-of', value: '2031-01-01T00:00:00+09:00', year: 2031, loaded: [2024, 2025] },
  },
  { code: 'INPUT_DIFF', data: { problem: 'field', file: 'a.json', path: 'rules[0].passed', what: 'boolean', detail: null } },
  { code: 'INPUT_DIFF', data: { problem: 'field', file: 'a.json', path: 'schemaVersion', what: 'schema', detail: null } },
  {
    code: 'INPUT_DIFF',
    data: {
      problem: 'incomparable',
      reasons: [
        {
          shape: 'differs',
          file: 'c.csv',
          before: { name: 'a.json', sha256: null, rows: 3 },
          after: { name: 'b.json', sha256: 'ab'.repeat(32), rows: 4 },
        },
        { shape: 'only', input: { file: 'd.csv', kind: 'calls', rows: 2, sha256: null }, in: 'b.json' },
      ],
    },
  },
  ...(
    [
      { problem: 'found', path: 'granularity', found: { type: 'string', text: '"week"' }, expected: { what: 'granularity' } },
      { problem: 'found', path: '', found: { type: 'array', text: '' }, expected: { what: 'object', of: 'top' } },
      {
        problem: 'found',
        path: 'immediateHours',
        found: { type: 'number', text: '0' },
        expected: { what: 'number', integer: false, above: 0, max: 24 },
      },
      {
        problem: 'found',
        path: 'pauseCounting',
        found: { type: 'boolean', text: 'true' },
        expected: { what: 'one-of', values: ['working-time', 'whole-days'] },
      },
      {
        problem: 'found',
        path: 'columns.x',
        found: { type: 'object', text: '' },
        expected: { what: 'column', kind: 'calls', suggestion: 'arrived_at' },
      },
      {
        problem: 'found',
        path: 'values.complaints.channel.x',
        found: { type: 'string', text: '"webb"', brief: true },
        expected: { what: 'value-word', column: 'channel', accepted: '인터넷/web', suggestion: 'web' },
      },
      { problem: 'found', path: 'workingHours', found: { type: 'null', text: 'null' }, expected: { what: 'working-hours' } },
      { problem: 'unknown-key', path: '', key: 'granularty', suggestion: 'granularity', accepted: ['granularity', 'rules'] },
      { problem: 'not-contract-type', path: 'standardDays["/"]' },
      { problem: 'bad-category', path: 'standardDays["total/good"]', category: 'good', accepted: ['goods'], suggestion: null },
      { problem: 'again', path: 'standardDays.x', name: 'total', what: 'contract-type' },
      { problem: 'again', path: 'rules.A001.regions[1]', name: '서울', what: 'list-name' },
      { problem: 'empty', path: 'columns[""]', what: 'header' },
      { problem: 'empty', path: 'values.complaints.channel[""]', what: 'word' },
      { problem: 'not-a-kind', path: 'columns.call', in: 'columns', suggestion: 'calls', accepted: ['calls'] },
      { problem: 'not-a-kind', path: 'values.call', in: 'values', suggestion: null, accepted: ['calls'] },
      { problem: 'not-a-rule', path: 'rules.x', suggestion: null },
      { problem: 'rule-again', path: 'rules.P001', id: 'payment.four-hours', first: 'payment.four-hours' },
      { problem: 'not-an-option', path: 'rules.C001.x', rule: 'call.answer-rate', suggestion: null, accepted: ['target'] },
      { problem: 'table-in-rules', path: 'rules.x.table' },
      { problem: 'not-a-value-column', path: 'values.calls.x', kind: 'calls', suggestion: null, accepted: ['notified'] },
      { problem: 'json', at: { line: 2, column: 18 }, detail: "Unexpected token 'm'" },
      { problem: 'json', at: null, detail: 'Unexpected end of JSON input' },
      { problem: 'file', why: 'missing', detail: 'ENOENT' },
      { problem: 'file', why: 'folder', detail: 'EISDIR' },
      { problem: 'file', why: 'unreadable', detail: 'EACCES' },
    ] as const
  ).map((d): Message => ({ code: 'INPUT_CONFIG', data: { ...d, file: 'c.json' } })),
  ...(
    [
      { kind: 'unknown-option', option: '--fromat', suggestions: ['--format'] },
      { kind: 'unknown-command', command: 'bogus', suggestions: [] },
      { kind: 'missing-argument', argument: 'files' },
      { kind: 'option-missing-argument', option: '--limit <n>' },
      { kind: 'missing-mandatory-option', option: '--kind <kind>' },
      { kind: 'conflicting-option', option: '--all', other: '--limit <n>' },
      { kind: 'invalid-choice', option: '--lang <lang>', value: 'fr', choices: ['ko', 'en'] },
      { kind: 'invalid-argument', argument: 'kind', value: 'x', choices: ['calls'] },
      { kind: 'excess-arguments', command: 'rules', expected: 0, received: 1 },
      { kind: 'empty-value', option: '--as-of <time>' },
    ] as const
  ).map((data): Message => ({ code: 'USAGE_COMMANDER', data })),
];

describe('the message catalog', () => {
  it('words a config error the same in English as before it was data, and in Korean', () => {
    const m: Message = {
      code: 'INPUT_CONFIG',
      data: {
        file: 'c.json',
        problem: 'found',
        path: 'rules["payment.four-hours"].hours',
        found: { type: 'string', text: '"4"' },
        expected: { what: 'number', integer: false, above: 0 },
      },
    };
    expect(renderMessage(m, 'en')).toBe(
      'c.json: rules["payment.four-hours"].hours: found "4" (a string); expected a number greater than 0',
    );
    expect(renderMessage(m, 'ko')).toBe(
      '설정 파일 c.json: rules["payment.four-hours"].hours: 값이 "4"(문자열)입니다. 0보다 큰 숫자여야 합니다',
    );
  });

  it('has a sample here for every code it words', () => {
    const sampled = new Set<MessageCode>(SAMPLES.map((m) => m.code));
    expect(Object.keys(CATALOG).filter((c) => !sampled.has(c as MessageCode))).toEqual([]);
  });

  it.each(SAMPLES.map((m) => [m.code, m] as const))('%s: words in English and in Korean', (_code, m) => {
    const { en, ko } = renderBoth(m);
    expect(en).not.toMatch(/undefined|NaN|\[object/);
    expect(ko).not.toMatch(/undefined|NaN|\[object/);
    expect(en).not.toBe('');
    expect(ko).toMatch(HANGUL);
    expect(en).not.toMatch(/[가-힣]{2,}(?:입니다|습니다)/);
    expect(renderMessage(m, 'ko')).toBe(ko);
  });

  it('words data, not fixed text: the same code with other data says other things', () => {
    const a = renderMessage({ code: 'DUPLICATE_ID', data: { header: '청구번호', id: 'P-1', firstLine: 2 } }, 'ko');
    const b = renderMessage({ code: 'DUPLICATE_ID', data: { header: '민원번호', id: 'C-9', firstLine: 7 } }, 'ko');
    expect(a).toBe('청구번호 "P-1": 2행에도 같은 번호가 있습니다. 두 행 모두 점검합니다');
    expect(b).toBe('민원번호 "C-9": 7행에도 같은 번호가 있습니다. 두 행 모두 점검합니다');
  });

  it('words why a rule was not evaluated from its code and data, as the core used to', () => {
    const said = (m: Message) => [renderMessage(m, 'en'), renderMessage(m, 'ko')];
    expect(said({ code: 'NOT_EVALUATED_OUT_OF_SCOPE', data: { kind: 'complaints', rows: 1, scope: 'record' } })).toEqual([
      'none of the 1 complaints row is one this rule applies to',
      '민원 1행 중 이 규칙의 대상인 행이 없음',
    ]);
    expect(said({ code: 'NOT_EVALUATED_OUT_OF_SCOPE', data: { kind: 'calls', rows: 12, scope: 'aggregate' } })).toEqual([
      'none of the 12 calls rows is one this measure counts',
      '콜센터 12행 중 이 지표로 집계할 행이 없음',
    ]);
    expect(said({ code: 'NOT_EVALUATED_NEEDS_KIND', data: { kind: 'calls' } })).toEqual([
      'needs a calls export too',
      '콜센터 파일(calls)도 필요함',
    ]);
    expect(said({ code: 'NOT_EVALUATED_MISSING_COLUMNS', data: { kind: 'calls', columns: ['rings'] } })).toEqual([
      'missing column(s): rings',
      '필요한 열이 없음: 벨횟수(rings)',
    ]);
    expect(said(SAMPLES.find((m) => m.code === 'NOT_EVALUATED_PRECONDITION')!)).toEqual([
      'not evaluated: no standard-days table in the config (add "standardDays" to charter-audit.config.json)',
      '평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음',
    ]);
  });

  it('words a duty warning from its activity type, span and period keys alone', () => {
    const m = SAMPLES.find((s) => s.code === 'DUTY_PERIOD_NOT_JUDGED')!;
    expect(renderMessage(m, 'ko')).toBe(
      '이행실태 자체평가: 2025-Q2, 2025 서울지방조달청 판정하지 않음 — 해당 분기의 일부만 점검 기간에 들어 있거나(또는 공휴일 자료가 없음) 점검한 기간에 이행실태 자체평가 기록이 없음. 분기 전체를 점검 기간으로 지정하면 판정함',
    );
    expect(renderMessage(m, 'en')).toBe(
      'self-evaluation: 2025-Q2, 2025 서울지방조달청 not judged — the quarter is only partly inside the audited period (or its holiday data is not loaded) and no self-evaluation was seen in the part audited; audit whole quarters to judge it',
    );
    const pending = SAMPLES.find((s) => s.code === 'DUTY_PERIOD_PENDING')!;
    expect(renderMessage(pending, 'ko')).toBe(
      '고객만족도조사: 기준시각(--as-of)에 판정 보류 — 2025(기간 종료 2025-12-31), 2025-Q2 부산지방조달청(결과 공개 기한 2025-07-30). 그날이 지나면 판정함',
    );
    expect(renderMessage({ code: 'DUTY_WITHOUT_REGION', data: { activity: 'regional-meeting', rows: 2 } }, 'ko')).toBe(
      '지역간담회: 2행에 지역(부서)이 없어 어느 지역의 실적으로도 세지 않음. 지역을 기재하세요',
    );
  });

  it("words a what-if's label from its data: a reading's declared holidays, a file's changes", () => {
    const reading = findReading('holiday-announced')!;
    expect(reading.label).toMatchObject({ code: 'WHATIF_LABEL', data: { what: 'holiday-announced' } });
    expect(labelText(reading.label, 'en')).toBe(
      'a temporary holiday does not count for records received before it was declared (2020-08-17 ← 2020-07-21, 2023-10-02 ← 2023-09-05, 2024-10-01 ← 2024-09-03, 2025-01-27 ← 2025-01-08)',
    );
    expect(labelText(reading.label, 'ko')).toBe(
      '임시공휴일은 지정(국무회의 의결) 전에 접수된 건에는 산입하지 않음 (2020-08-17 ← 2020-07-21, 2023-10-02 ← 2023-09-05, 2024-10-01 ← 2024-09-03, 2025-01-27 ← 2025-01-08)',
    );
    expect(labelText({ code: 'WHATIF_LABEL', data: { what: 'changes', changes: [] } }, 'ko')).toBe('—');
    expect(labelText(findReading('lunch-1130')!.label, 'ko')).toBe('점심시간 11:30–12:30 (근무 09:00–11:30, 12:30–18:00)');
  });

  it("a workbook's NO_SHEET words its first sheet's own error (code + data) in the same language", () => {
    const m = SAMPLES.find((s) => s.code === 'INPUT_WORKBOOK' && s.data.problem === 'no-sheet' && s.data.cause !== null)!;
    expect(renderMessage(m, 'ko')).toBe(
      'p.xlsx: 자료 종류를 알 수 있는 머리글이 있는 시트가 없습니다 (안내 시트의 처음 20행을 살펴봄). p.xlsx [안내]: 빈 시트입니다. 자료 종류를 알아낼 머리글 행이 없습니다',
    );
    expect(renderMessage(m, 'en')).toBe(
      'p.xlsx: no sheet has a header that tells the kind of export (looked at the first 20 rows of 안내); p.xlsx [안내]: the sheet is empty — there is no header row to tell the kind of export from',
    );
  });

  it('a nested problem (UNREADABLE_VALUE) is worded in the same language as its warning', () => {
    const m = SAMPLES.find((s) => s.code === 'UNREADABLE_VALUE')!;
    expect(renderMessage(m, 'ko')).toBe(
      '청구금액 "12a": 금액이 아닙니다 (예: 1,234,000원). 행은 유지하지만 amount 값이 필요한 payment.x 규칙은 이 행을 건너뜁니다',
    );
    expect(renderMessage(m, 'en')).toBe(
      '청구금액 "12a" is not an amount (e.g. 1,234,000원); the row is kept, but payment.x skip it (they need amount)',
    );
  });
});
