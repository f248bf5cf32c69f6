import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runCli(args, { now: Date.UTC(2025, 6, 1) });
  return { code, stdout, stderr };
}

describe('charter-audit deadline', () => {
  it('prints the SPEC §4 JSON for an hours-based period (추석 2024)', async () => {
    const r = await cli('deadline', '2024-09-13 17:00', '--hours', '4', '--json');
    expect(r).toEqual({
      code: 0,
      stdout:
        '{"start":"2024-09-13T17:00:00+09:00","clockStart":"2024-09-13T17:00:00+09:00","deadline":"2024-09-19T12:00:00+09:00","allowedWorkingSeconds":14400,"basis":"hours"}\n',
      stderr: '',
    });
  });

  it('converts an explicit offset to KST and starts the clock at the next working instant', async () => {
    const r = await cli('deadline', '2024-09-13T03:30:00Z', '--minutes', '90', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      start: '2024-09-13T12:30:00+09:00',
      clockStart: '2024-09-13T13:00:00+09:00',
      deadline: '2024-09-13T14:30:00+09:00',
      allowedWorkingSeconds: 5400,
      basis: 'hours',
    });
  });

  it('--days 5 is hours-based (40 working hours), --days 6 is day-based', async () => {
    const five = JSON.parse((await cli('deadline', '2024-09-09 15:00', '--days', '5', '--json')).stdout);
    expect(five).toMatchObject({ deadline: '2024-09-19T15:00:00+09:00', allowedWorkingSeconds: 144000, basis: 'hours' });
    const six = await cli('deadline', '2024-09-09 15:00', '--days', '6', '--json');
    expect(six.stdout).toBe(
      '{"start":"2024-09-09T15:00:00+09:00","clockStart":"2024-09-09T15:00:00+09:00","deadline":"2024-09-19T18:00:00+09:00","allowedWorkingSeconds":null,"basis":"days"}\n',
    );
  });

  it('explains the result: clock start, deadline with its weekday, skipped days by name', async () => {
    const r = await cli('deadline', '2024-09-13 17:00', '--hours', '4');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Clock starts  2024-09-13 (금) 17:00');
    expect(lines).toContain('Deadline      2024-09-19 (목) 12:00');
    expect(lines).toContain('Counted       1h on 9/13 (17:00-18:00) + 3h on 9/19 (09:00-12:00)');
    expect(lines).toContain('Skipped       토요일 (9/14), 일요일 (9/15), 추석 전날 (9/16), 추석 (9/17), 추석 다음 날 (9/18)');
  });

  it('names both holidays of 2025-05-05', async () => {
    const r = await cli('deadline', '2025-05-02 17:00', '--hours', '4');
    expect(r.stdout).toContain('Deadline      2025-05-07 (수) 12:00');
    expect(r.stdout).toContain('어린이날·부처님 오신 날 (5/5), 대체공휴일(부처님 오신 날) (5/6)');
  });

  it('uses a holidays file for a year the gazette data lacks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'charter-cli-'));
    const file = join(dir, 'h2028.csv');
    await writeFile(file, 'date,name\n2028-01-03,임시공휴일\n');
    const without = await cli('deadline', '2027-12-31 17:00', '--hours', '4', '--json');
    expect(without.code).toBe(2);
    expect(without.stdout).toBe('');
    expect(without.stderr).toBe(
      'charter-audit: deadline: no holiday data for 2028 (loaded: 2018–2027); add that year\'s holidays with --holidays FILE (CSV "date,name" or JSON)\n',
    );
    const withFile = await cli('deadline', '2027-12-31 17:00', '--hours', '4', '--json', '--holidays', file);
    expect(withFile.code).toBe(0);
    expect(JSON.parse(withFile.stdout).deadline).toBe('2028-01-04T12:00:00+09:00');
  });

  it.each([
    [
      ['deadline', '2024-02-30 09:00', '--hours', '4'],
      'charter-audit: START "2024-02-30 09:00" is not a valid date; accepted: ISO 8601',
    ],
    [
      ['deadline', 'yesterday', '--hours', '4'],
      'charter-audit: START "yesterday" is not a recognised timestamp (accepted: ISO 8601',
    ],
    [
      ['deadline', '2024-09-13 17:00'],
      'charter-audit: no period given; accepted: exactly one of --hours H, --minutes M or --days D',
    ],
    [
      ['deadline', '2024-09-13 17:00', '--hours', '1', '--days', '2'],
      'charter-audit: more than one period given; accepted: exactly one of',
    ],
    [
      ['deadline', '2024-09-13 17:00', '--hours', '-1'],
      'charter-audit: --hours "-1" must be positive; accepted: a positive number of hours',
    ],
    [
      ['deadline', '2024-09-13 17:00', '--hours', '0'],
      'charter-audit: --hours "0" must be positive; accepted: a positive number of hours',
    ],
    [['deadline', '2024-09-13 17:00', '--minutes', '-30'], 'charter-audit: --minutes "-30" must be positive; accepted:'],
    [['deadline', '2024-09-13 17:00', '--hours', 'four'], 'charter-audit: --hours "four" is not a number; accepted:'],
    [
      ['deadline', '2024-09-13 17:00', '--minutes', '0.001'],
      'charter-audit: --minutes "0.001" is not a whole number of seconds; accepted:',
    ],
    [['deadline', '2024-09-13 17:00', '--days', '0'], 'charter-audit: --days "0" is not a whole number of days ≥ 1; accepted:'],
    [
      ['deadline', '2017-12-29 09:00', '--hours', '4'],
      'charter-audit: START: no holiday data for 2017 (loaded: 2018–2027); add that year',
    ],
    [
      ['deadline', '2024-09-13 17:00', '--hours', '4', '--holidays', '/nonexistent.csv'],
      'charter-audit: /nonexistent.csv: cannot read the holidays file',
    ],
    [['elapsed', '2024-09-13 17:00', '2028-01-03 09:00'], 'charter-audit: END: no holiday data for 2028'],
    [['holidays', '24'], 'charter-audit: YEAR "24" is not a year; accepted: a four-digit year such as 2025'],
    [['holidays', '2017'], 'charter-audit: holidays of 2017: no holiday data for 2017'],
  ])('%j → exit 2 with one line on stderr', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr).not.toMatch(/\s+at .*\(/); // no stack trace
  });

  it('a bad holidays file is one line naming file:line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'charter-cli-'));
    const file = join(dir, 'bad.csv');
    await writeFile(file, '2028-01-01,1월 1일\n2028-13-01,없는 날\n');
    const r = await cli('deadline', '2024-09-13 17:00', '--hours', '4', '--holidays', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `charter-audit: ${file}:2: "2028-13-01" is not a date; accepted: a date like 2028-01-01 (also 2028.01.01, 2028/1/1, 20280101, 2028년 1월 1일)\n`,
    );
  });
});

describe('charter-audit elapsed', () => {
  it('prints the SPEC §4 JSON', async () => {
    const r = await cli('elapsed', '2024-12-31 17:00', '2025-01-02 12:00', '--json');
    expect(r).toEqual({
      code: 0,
      stdout: '{"start":"2024-12-31T17:00:00+09:00","end":"2025-01-02T12:00:00+09:00","workingSeconds":14400}\n',
      stderr: '',
    });
  });

  it('explains a one-year span without listing every weekend', async () => {
    const r = await cli('elapsed', '2024-01-02 09:00', '2024-12-31 18:00');
    expect(r.stdout).toContain('Working time  1,968h (7,084,800 s)');
    expect(r.stdout).toContain('추석 전날 (9/16), 추석 (9/17), 추석 다음 날 (9/18), 임시공휴일 (10/1)');
    expect(r.stdout).toMatch(/, \d+ weekend days\n/);
  });
});

describe('charter-audit holidays', () => {
  it('lists a year with weekdays and names (JSON)', async () => {
    const r = await cli('holidays', '2026', '--json');
    const data = JSON.parse(r.stdout) as {
      year: number;
      holidays: { date: string; weekday: string; names: string[]; source: string }[];
    };
    expect(data.year).toBe(2026);
    expect(data.holidays.find((h) => h.date === '2026-05-01')).toEqual({
      date: '2026-05-01',
      weekday: '금',
      names: ['노동절'],
      source: 'gazette',
    });
    expect(data.holidays.find((h) => h.date === '2026-07-17')).toEqual({
      date: '2026-07-17',
      weekday: '금',
      names: ['제헌절'],
      source: 'gazette',
    });
  });

  it('lists a year for people, marking file entries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'charter-cli-'));
    const file = join(dir, 'h.json');
    await writeFile(file, '{"add":[{"date":"2028-01-03","name":"임시공휴일"}]}');
    const r = await cli('holidays', '2028', '--holidays', file);
    expect(r.stdout).toBe(
      '2028 public holidays (관공서의 공휴일): 1 dates, 1 on weekdays\n2028-01-03 (월)  임시공휴일  [holidays file]\n',
    );
  });
});

describe('the calendar commands and the config file', () => {
  it('use the working hours of --config, as audit does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'charter-audit-hours-'));
    const config = join(dir, 'charter-audit.config.json');
    await writeFile(config, JSON.stringify({ workingHours: ['08:00-12:00', '13:00-17:00'] }));
    const r = await cli('deadline', '2024-09-13 16:00', '--hours', '4', '--json', '--config', config);
    expect(JSON.parse(r.stdout).deadline).toBe('2024-09-19T11:00:00+09:00');
    const e = await cli('elapsed', '2024-09-13 07:00', '2024-09-13 18:00', '--json', '-c', config);
    expect(JSON.parse(e.stdout).workingSeconds).toBe(8 * 3600);
  });
});
