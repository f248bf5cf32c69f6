/**
 * The holidays override file (`--holidays FILE`): adds ad-hoc holidays (a newly declared
 * 임시공휴일, next year's gazette) or removes gazette ones.
 *
 * CSV: `date,name[,action]` per line, `action` is `add` (default) or `remove`; an optional header
 * line (`date,name[,action]`); blank lines and lines starting with `#` are ignored.
 *
 * JSON: `[{"date": "2028-01-01", "name": "1월 1일"}, {"date": "…", "remove": true}]` or
 * `{"add": [{"date", "name"}], "remove": ["2025-01-27"]}`.
 *
 * Parsing is pure ({@link parseHolidayFile}); {@link loadHolidayFile} only reads the file.
 */
import { readFile } from 'node:fs/promises';
import type { MessageData } from '../model/messages.js';
import { inputError } from '../messages/errors.js';
import { type DayNumber, formatDay } from '../calendar/kst.js';
import { HOLIDAY_FILE_ERRORS, type HolidayAddition, type HolidayOverrides, type HolidayRemoval } from '../calendar/overrides.js';
import { parseDate } from './timestamp.js';

export { HOLIDAY_FILE_ERRORS, type HolidayAddition, type HolidayOverrides, type HolidayRemoval };

/** What is wrong, as the catalog's `INPUT_HOLIDAYS` data says it (without the file and line). */
type Problem = MessageData['INPUT_HOLIDAYS'] extends infer D ? (D extends unknown ? Omit<D, 'file' | 'line'> : never) : never;

function fail(code: string, file: string, line: number | undefined, problem: Problem): never {
  throw inputError(code, 'INPUT_HOLIDAYS', { file, line: line ?? null, ...problem } as MessageData['INPUT_HOLIDAYS'], file, line);
}

/**
 * Splits one CSV line into trimmed fields; `"…"` quotes may contain commas and `""`.
 * Returns undefined when a quote is not closed.
 *
 * @example splitCsvLine('2028-01-01, "설날, 연휴" ,add') // => ['2028-01-01', '설날, 연휴', 'add']
 */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return undefined;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      while (i < line.length && line[i] !== ',') {
        if (line[i] !== ' ' && line[i] !== '\t') return undefined;
        i++;
      }
    } else {
      const end = line.indexOf(',', i);
      field = (end < 0 ? line.slice(i) : line.slice(i, end)).trim();
      i = end < 0 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

function parseDay(text: string, file: string, line: number | undefined): DayNumber {
  const day = parseDate(text);
  if (Number.isNaN(day)) fail(HOLIDAY_FILE_ERRORS.date, file, line, { problem: 'not-a-date', text });
  return day;
}

function isCsvHeader(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').toLowerCase();
  return first === 'date' || first === '날짜' || first === '일자';
}

/**
 * Parses CSV holiday overrides.
 *
 * @example parseHolidayCsv('date,name\n2028-01-01,1월 1일\n', 'h.csv').add[0]?.name // => '1월 1일'
 */
export function parseHolidayCsv(text: string, file: string): HolidayOverrides {
  const add: HolidayAddition[] = [];
  const remove: HolidayRemoval[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let seenContent = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const fields = splitCsvLine(trimmed);
    if (!fields) fail(HOLIDAY_FILE_ERRORS.syntax, file, line, { problem: 'quote', format: 'csv' });
    if (!seenContent) {
      seenContent = true;
      if (isCsvHeader(fields)) return;
    }
    if (fields.length > 3) {
      fail(HOLIDAY_FILE_ERRORS.syntax, file, line, { problem: 'fields', fields: fields.length });
    }
    const [dateText = '', name = '', actionText = ''] = fields;
    if (dateText === '') fail(HOLIDAY_FILE_ERRORS.date, file, line, { problem: 'date-empty', format: 'csv' });
    const day = parseDay(dateText, file, line);
    const action = actionText.toLowerCase();
    if (action === '' || action === 'add') {
      if (name === '') fail(HOLIDAY_FILE_ERRORS.name, file, line, { problem: 'no-name', date: dateText, format: 'csv' });
      add.push({ day, name, line });
    } else if (action === 'remove') {
      remove.push({ day, line });
    } else {
      fail(HOLIDAY_FILE_ERRORS.action, file, line, { problem: 'action', action: actionText });
    }
  });
  return checkConflicts({ file, add, remove });
}

/** 1-based line of character offset `at`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds the line of each JSON entry by locating its date string after the previous one. Lines
 * are counted from the previous find onwards, so a file of n entries costs one pass, not n.
 */
class LineFinder {
  private cursor = 0;
  /** Where line counting stopped, and the line there. */
  private counted = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  next(value: unknown): number | undefined {
    if (typeof value !== 'string') return undefined;
    const at = this.text.indexOf(JSON.stringify(value), this.cursor);
    if (at < 0) return undefined;
    this.cursor = at + 1;
    for (let i = this.text.indexOf('\n', this.counted); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1)) this.line++;
    this.counted = at;
    return this.line;
  }
}

function jsonSyntaxLine(text: string, err: unknown): number | undefined {
  const msg = err instanceof Error ? err.message : '';
  const lineCol = /line (\d+) column/.exec(msg);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/.exec(msg);
  return position ? lineAt(text, Number(position[1])) : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses JSON holiday overrides (either accepted shape).
 *
 * @example parseHolidayJson('{"remove":["2025-01-27"]}', 'h.json').remove.length // => 1
 */
export function parseHolidayJson(text: string, file: string): HolidayOverrides {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    // V8 quotes the text in some messages (`…, "[1,]" is not valid JSON`): keep only the reason.
    const detail = (err instanceof Error ? err.message : String(err))
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s+/g, ' ');
    fail(HOLIDAY_FILE_ERRORS.syntax, file, jsonSyntaxLine(body, err), { problem: 'json', detail });
  }
  const finder = new LineFinder(body);
  const add: HolidayAddition[] = [];
  const remove: HolidayRemoval[] = [];
  const entry = (item: unknown, path: string, mode: 'mixed' | 'add'): void => {
    if (!isRecord(item)) fail(HOLIDAY_FILE_ERRORS.shape, file, undefined, { problem: 'not-object', path });
    const line = finder.next(item.date);
    const unknownKey = Object.keys(item).find((k) => k !== 'date' && k !== 'name' && (mode === 'add' || k !== 'remove'));
    if (unknownKey !== undefined) {
      fail(HOLIDAY_FILE_ERRORS.shape, file, line, { problem: 'unknown-field', path, field: unknownKey });
    }
    if (typeof item.date !== 'string') fail(HOLIDAY_FILE_ERRORS.date, file, line, { problem: 'date-type', path });
    const day = parseDay(item.date, file, line);
    if (item.remove !== undefined && typeof item.remove !== 'boolean') {
      fail(HOLIDAY_FILE_ERRORS.action, file, line, { problem: 'remove-type', path });
    }
    if (item.remove === true) {
      remove.push({ day, line });
      return;
    }
    if (typeof item.name !== 'string' || item.name.trim() === '') {
      fail(HOLIDAY_FILE_ERRORS.name, file, line, { problem: 'no-name', date: item.date, format: 'json' });
    }
    add.push({ day, name: item.name.trim(), line });
  };
  if (Array.isArray(data)) {
    data.forEach((item, i) => entry(item, `[${i}]`, 'mixed'));
  } else if (isRecord(data)) {
    const extra = Object.keys(data).find((k) => k !== 'add' && k !== 'remove');
    if (extra !== undefined)
      fail(HOLIDAY_FILE_ERRORS.shape, file, undefined, { problem: 'unknown-field', path: null, field: extra });
    const adds = data.add ?? [];
    const removes = data.remove ?? [];
    if (!Array.isArray(adds) || !Array.isArray(removes)) {
      fail(HOLIDAY_FILE_ERRORS.shape, file, undefined, { problem: 'arrays', format: 'json' });
    }
    adds.forEach((item, i) => entry(item, `add[${i}]`, 'add'));
    removes.forEach((item, i) => {
      const date = isRecord(item) ? item.date : item;
      const line = finder.next(date);
      if (typeof date !== 'string') fail(HOLIDAY_FILE_ERRORS.date, file, line, { problem: 'remove-date', path: `remove[${i}]` });
      remove.push({ day: parseDay(date, file, line), line });
    });
  } else {
    fail(HOLIDAY_FILE_ERRORS.shape, file, 1, { problem: 'not-array-or-object', format: 'json' });
  }
  return checkConflicts({ file, add, remove });
}

function checkConflicts(overrides: HolidayOverrides): HolidayOverrides {
  const added = new Map<DayNumber, HolidayAddition>();
  for (const a of overrides.add) if (!added.has(a.day)) added.set(a.day, a);
  for (const r of overrides.remove) {
    const a = added.get(r.day);
    if (a) {
      fail(HOLIDAY_FILE_ERRORS.conflict, overrides.file, r.line, {
        problem: 'conflict',
        date: formatDay(r.day),
        addedLine: a.line ?? null,
      });
    }
  }
  return overrides;
}

/**
 * Parses a holidays file; JSON when the name ends in `.json` or the text starts with `[`/`{`,
 * otherwise CSV. Throws {@link InputError} (`HOLIDAY_FILE_*`) with `file:line: what; accepted`.
 *
 * @example parseHolidayFile('2028-01-01,1월 1일', 'extra.csv').add[0]?.day // => 21184
 */
export function parseHolidayFile(text: string, fileName: string): HolidayOverrides {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const json = fileName.toLowerCase().endsWith('.json') || start.startsWith('[') || start.startsWith('{');
  return json ? parseHolidayJson(text, fileName) : parseHolidayCsv(text, fileName);
}

/**
 * Reads and parses a holidays file (UTF-8) at `path`; messages name it `shown` (as the user
 * typed it, not the absolute path).
 *
 * @example await loadHolidayFile('/work/holidays-2028.csv', 'holidays-2028.csv')
 */
export async function loadHolidayFile(path: string, shown: string = path): Promise<HolidayOverrides> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw inputError(
      HOLIDAY_FILE_ERRORS.read,
      'INPUT_HOLIDAYS',
      { file: shown, line: null, problem: 'read', missing, detail: missing ? '' : (err as Error).message },
      shown,
    );
  }
  return parseHolidayFile(text, shown);
}
