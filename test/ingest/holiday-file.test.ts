import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/calendar/index.js';
import { loadHolidayFile, parseHolidayFile, splitCsvLine } from '../../src/ingest/holiday-file.js';
import { inputError } from '../helpers/errors.js';

const day = daysFromCivil;

describe('CSV holidays file', () => {
  it('reads adds and removes, with header, comments, BOM and CRLF', () => {
    const text =
      '\uFEFF# 2028 holidays\r\ndate,name,action\r\n2028-01-01,1월 1일\r\n\r\n2028-01-03, 임시공휴일 ,add\r\n2024-10-01,,remove\r\n';
    expect(parseHolidayFile(text, 'h.csv')).toEqual({
      file: 'h.csv',
      add: [
        { day: day(2028, 1, 1), name: '1월 1일', line: 3 },
        { day: day(2028, 1, 3), name: '임시공휴일', line: 5 },
      ],
      remove: [{ day: day(2024, 10, 1), line: 6 }],
    });
  });

  it('works without a header and with the other date forms', () => {
    const parsed = parseHolidayFile('2028.01.26,설날\n2028/1/27,설날 다음 날,ADD\n', 'h.csv');
    expect(parsed.add.map((a) => a.day)).toEqual([day(2028, 1, 26), day(2028, 1, 27)]);
  });

  it('splits quoted fields', () => {
    expect(splitCsvLine('2028-01-01,"a, ""b""",add')).toEqual(['2028-01-01', 'a, "b"', 'add']);
    expect(splitCsvLine('2028-01-01,"open')).toBeUndefined();
  });

  it.each([
    ['2028-02-30,없는 날', 'HOLIDAY_FILE_BAD_DATE', 'h.csv:1: "2028-02-30" is not a date; accepted: a date like 2028-01-01'],
    ['date,name\n2028-01-01', 'HOLIDAY_FILE_MISSING_NAME', 'h.csv:2: no name for 2028-01-01; an added holiday needs its name'],
    ['2028-01-01,x,delete', 'HOLIDAY_FILE_BAD_ACTION', 'h.csv:1: unknown action "delete"; accepted: add (default) or remove'],
    ['2028-01-01,x,add,extra', 'HOLIDAY_FILE_SYNTAX', 'h.csv:1: 4 fields, at most 3 expected; accepted: CSV lines'],
    ['2028-01-01,"x', 'HOLIDAY_FILE_SYNTAX', 'h.csv:1: a quoted field is not closed'],
    [',x', 'HOLIDAY_FILE_BAD_DATE', 'h.csv:1: the date is empty'],
    [
      '2024-10-01,임시공휴일\n2024-10-01,,remove',
      'HOLIDAY_FILE_CONFLICT',
      'h.csv:2: 2024-10-01 is both added (line 1) and removed',
    ],
  ])('rejects %j', (text, code, message) => {
    const err = inputError(() => parseHolidayFile(text, 'h.csv'));
    expect(err.code).toBe(code);
    expect(err.message.startsWith(message)).toBe(true);
    expect(err.message).not.toContain('\n');
    expect(err.file).toBe('h.csv');
  });
});

describe('JSON holidays file', () => {
  it('reads the array form with remove flags and line numbers', () => {
    const text = '[\n  {"date": "2028-01-01", "name": "1월 1일"},\n  {"date": "2025-01-27", "remove": true}\n]\n';
    expect(parseHolidayFile(text, 'h.json')).toEqual({
      file: 'h.json',
      add: [{ day: day(2028, 1, 1), name: '1월 1일', line: 2 }],
      remove: [{ day: day(2025, 1, 27), line: 3 }],
    });
  });

  it('reads the {add, remove} form, whatever the file name', () => {
    const text = '{"add": [{"date": "2028-01-01", "name": "1월 1일"}],\n "remove": ["2025-01-27", {"date": "2024-10-01"}]}';
    const parsed = parseHolidayFile(text, 'holidays.txt');
    expect(parsed.add).toEqual([{ day: day(2028, 1, 1), name: '1월 1일', line: 1 }]);
    expect(parsed.remove).toEqual([
      { day: day(2025, 1, 27), line: 2 },
      { day: day(2024, 10, 1), line: 2 },
    ]);
  });

  it('is linear in its entries: 50,000 entries, each with its own line, in under 3 s (issue 16 item 10)', () => {
    // Before: every entry's line was counted from the start of the text (20,000 entries took 18 s).
    const n = 50_000;
    const lines = ['['];
    for (let i = 0; i < n; i++) {
      const date = new Date(Date.UTC(2028, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`  ${i % 2 ? '\n  ' : ''}{"date": "${date}", "name": "휴일 ${i}"}${i < n - 1 ? ',' : ''}`);
    }
    lines.push(']');
    const text = lines.join('\n');
    const t0 = performance.now();
    const parsed = parseHolidayFile(text, 'h.json');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(parsed.add).toHaveLength(n);
    // Entry i sits on line 2 + i + ceil(i / 2) (every odd entry starts with a blank line).
    for (const i of [0, 1, 2, 3, 777, n - 2, n - 1]) expect(parsed.add[i]?.line).toBe(2 + i + Math.ceil(i / 2));
    const bad = `${text.slice(0, -2)},\n  {"date": "2999-02-30", "name": "x"}\n]`;
    expect(inputError(() => parseHolidayFile(bad, 'h.json')).message).toMatch(
      new RegExp(`^h\\.json:${2 + n + n / 2}: "2999-02-30" is not a date`),
    );
  }, 20_000);

  it.each([
    ['[{"date": "2028-01-01", "name": "x"},]', 'HOLIDAY_FILE_SYNTAX', 'h.json: invalid JSON (Unexpected token'],
    ['{"add"\n 1}', 'HOLIDAY_FILE_SYNTAX', "h.json:2: invalid JSON (Expected ':' after property name in JSON at position 8)"],
    ['[\n{"date": "2028-13-01", "name": "x"}]', 'HOLIDAY_FILE_BAD_DATE', 'h.json:2: "2028-13-01" is not a date'],
    ['[{"date": "2028-01-01"}]', 'HOLIDAY_FILE_MISSING_NAME', 'h.json:1: no name for 2028-01-01'],
    ['[{"date": "2028-01-01", "name": "x", "when": 1}]', 'HOLIDAY_FILE_BAD_SHAPE', 'h.json:1: [0] has an unknown field "when"'],
    ['[{"date": "2028-01-01", "remove": "yes"}]', 'HOLIDAY_FILE_BAD_ACTION', 'h.json:1: [0].remove is not true or false'],
    ['{"added": []}', 'HOLIDAY_FILE_BAD_SHAPE', 'h.json: unknown top-level field "added"'],
    ['{"add": {}}', 'HOLIDAY_FILE_BAD_SHAPE', 'h.json: "add" and "remove" must be arrays'],
    ['{"remove": [20250127]}', 'HOLIDAY_FILE_BAD_DATE', 'h.json: remove[0] is not a date string'],
    ['[3]', 'HOLIDAY_FILE_BAD_SHAPE', 'h.json: [0] is not an object'],
  ])('rejects %j', (text, code, message) => {
    const err = inputError(() => parseHolidayFile(text, 'h.json'));
    expect(err.code).toBe(code);
    expect(err.message.startsWith(message)).toBe(true);
    expect(err.message).toMatch(/; (accepted|an added holiday)/);
  });
});

describe('loadHolidayFile', () => {
  it('reads a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'charter-holidays-'));
    const path = join(dir, 'h.csv');
    await writeFile(path, '2028-01-03,임시공휴일\n');
    expect((await loadHolidayFile(path)).add).toEqual([{ day: day(2028, 1, 3), name: '임시공휴일', line: 1 }]);
  });

  it('reports a missing file as an input error', async () => {
    await expect(loadHolidayFile('/nonexistent/h.csv')).rejects.toMatchObject({
      code: 'HOLIDAY_FILE_UNREADABLE',
      message: '/nonexistent/h.csv: cannot read the holidays file (no such file); give a readable CSV or JSON file',
    });
  });
});
