/**
 * `audit --what-if` and `--sensitivity` on the hand-worked data of test/whatif/data/README.md:
 * every reading flips exactly the records worked out there, and the normal result is untouched.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/normalize.js';
import { DEFAULT_HOURS } from '../../src/calendar/hours.js';
import { daysFromCivil } from '../../src/calendar/kst.js';
import { combineHolidays, overlay, parseWhatIf } from '../../src/whatif/file.js';
import { sensitivityReadings } from '../../src/whatif/readings.js';
import { runCli } from '../helpers/cli.js';

const DATA = join(import.meta.dirname, 'data');
const INPUTS = [join(DATA, 'complaints.csv'), join(DATA, 'calls.csv')];

interface Flip {
  rule: string;
  recordId: string;
  before: string;
  after: string;
  beforeDeadline: string | null;
  afterDeadline: string | null;
}
interface Variant {
  name: string;
  label: string;
  flipped: number;
  flips: Flip[];
}

async function whatIf(...args: string[]) {
  const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'json', '--fail-on', 'none', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    whatIf: {
      variants: Variant[];
      sensitivity: { rule: string; judged: number; robust: number; dependent: { recordId: string; variants: string[] }[] }[];
    };
  };
}

const flips = (v: Variant) => v.flips.map((f) => `${f.recordId} ${f.rule} ${f.before}→${f.after}`);

describe('built-in readings flip the hand-worked records', () => {
  it('reading:rings-strict (< 3 rings): R-1, answered on the 3rd ring, becomes a violation', async () => {
    const [v] = (await whatIf('--what-if', 'reading:rings-strict')).whatIf.variants;
    expect(v!.name).toBe('reading:rings-strict');
    expect(flips(v!)).toEqual(['R-1 call.rings pass→violation']);
  });

  it('reading:holiday-announced: H-1, received 2025-01-07 before the 01-08 declaration, is late; H-2 and H-3 are not', async () => {
    const [v] = (await whatIf('--what-if', 'reading:holiday-announced')).whatIf.variants;
    expect(flips(v!)).toEqual(['H-1 complaint.statutory pass→violation']);
    expect(v!.flips[0]!.afterDeadline).toBe('2025-02-06T18:00:00+09:00');
  });

  it('reading:lunch-1130: L-1 becomes late (8 h 15 min), L-2 on time (8 h)', async () => {
    const [v] = (await whatIf('--what-if', 'reading:lunch-1130')).whatIf.variants;
    expect(flips(v!)).toEqual(['L-1 complaint.inquiry pass→violation', 'L-2 complaint.inquiry violation→pass']);
    expect(v!.flips.map((f) => [f.beforeDeadline, f.afterDeadline])).toEqual([
      [null, '2025-03-05T11:30:00+09:00'],
      ['2025-03-05T11:40:00+09:00', null],
    ]);
  });

  it('reading:wait-over-20: A-1, which waited exactly 20 s unannounced, is out of scope instead of a violation', async () => {
    const [v] = (await whatIf('--what-if', 'reading:wait-over-20')).whatIf.variants;
    expect(flips(v!)).toEqual(['A-1 call.wait-announcement violation→not-applicable']);
    const [back] = (await whatIf('--what-if', 'reading:wait-from-20')).whatIf.variants;
    expect(flips(back!)).toEqual([]);
  });

  it('reading:pause-whole-days: S-1, paused Tue 14:00 → Wed 11:00, loses Tue and Wed whole (16 h) and is on time', async () => {
    const [v] = (await whatIf('--what-if', 'reading:pause-whole-days')).whatIf.variants;
    expect(flips(v!)).toEqual(['S-1 complaint.inquiry violation→pass']);
    expect(v!.flips[0]!.beforeDeadline).toBe('2025-03-12T17:00:00+09:00');
  });

  it('a what-if file removing 2025-01-27 makes H-1, H-2 and H-3 late, whenever they were received', async () => {
    const [v] = (await whatIf('--what-if', join(DATA, 'no-0127.whatif.json'))).whatIf.variants;
    expect(v!.label).toBe('had 2025-01-27 not been a temporary holiday');
    expect(flips(v!)).toEqual([
      'H-1 complaint.statutory pass→violation',
      'H-2 complaint.statutory pass→violation',
      'H-3 complaint.inquiry pass→violation',
    ]);
  });

  it('the normal result is the same with and without alternatives', async () => {
    const plain = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'json']);
    const withWhatIf = await whatIf('--sensitivity');
    const { whatIf: _w, ...rest } = withWhatIf as unknown as Record<string, unknown>;
    expect(rest).toEqual(JSON.parse(plain.stdout));
  });
});

describe('the counterpart readings flip back when the config follows the other reading', () => {
  it('with call.rings ≤ 2 in the config, --sensitivity runs rings-inclusive and R-1 becomes a pass', async () => {
    const { whatIf: w } = await whatIf('-c', join(DATA, 'rings-strict.config.json'), '--sensitivity');
    const v = w.variants.find((x) => x.name === 'reading:rings-inclusive')!;
    expect(w.variants.map((x) => x.name)).not.toContain('reading:rings-strict');
    expect(flips(v)).toEqual(['R-1 call.rings violation→pass']);
  });

  it('with lunch 11:30–12:30 in the config, lunch-12 flips L-1 and L-2 back; with whole-day pauses, pause-working-time flips S-1 back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-wi-'));
    const config = join(dir, 'c.json');
    writeFileSync(
      config,
      JSON.stringify({
        workingHours: ['09:00-11:30', '12:30-18:00'],
        pauseCounting: 'whole-days',
        rules: { 'call.wait-announcement': { boundary: 'over' } },
      }),
    );
    const { whatIf: w } = await whatIf('-c', config, '--sensitivity');
    const by = (name: string) => flips(w.variants.find((x) => x.name === name)!);
    expect(by('reading:lunch-12')).toEqual(['L-1 complaint.inquiry violation→pass', 'L-2 complaint.inquiry pass→violation']);
    expect(by('reading:pause-working-time')).toEqual(['S-1 complaint.inquiry pass→violation']);
    expect(by('reading:wait-from-20')).toEqual(['A-1 call.wait-announcement not-applicable→violation']);
  });
});

describe('--sensitivity', () => {
  it('lists per rule the verdicts given, those robust to every reading, and the records that depend on one', async () => {
    const { whatIf: w } = await whatIf('--sensitivity');
    expect(w.variants.map((v) => v.name)).toEqual(
      sensitivityReadings(defaultConfig(), DEFAULT_HOURS).map((r) => `reading:${r.name}`),
    );
    const row = (rule: string) => w.sensitivity.find((s) => s.rule === rule)!;
    expect(row('call.rings')).toMatchObject({
      judged: 3,
      robust: 2,
      dependent: [{ recordId: 'R-1', variants: ['reading:rings-strict'] }],
    });
    expect(row('complaint.inquiry')).toMatchObject({ judged: 4, robust: 1 });
    expect(row('complaint.inquiry').dependent.map((d) => `${d.recordId} ${d.variants.join(' ')}`)).toEqual([
      'L-1 reading:lunch-1130',
      'L-2 reading:lunch-1130',
      'S-1 reading:pause-whole-days',
    ]);
    expect(row('call.wait-announcement')).toMatchObject({
      judged: 3,
      robust: 2,
      dependent: [{ recordId: 'A-1', variants: ['reading:wait-over-20'] }],
    });
    expect(row('complaint.statutory')).toMatchObject({
      judged: 2,
      robust: 1,
      dependent: [{ recordId: 'H-1', variants: ['reading:holiday-announced'] }],
    });
    expect(row('call.answer-rate')).toMatchObject({ judged: 1, robust: 1, dependent: [] });
  });

  it('the HTML report shows the sensitivity table in Korean and in English', async () => {
    const run = (lang: string) =>
      runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'html', '--lang', lang, '--sensitivity', '--fail-on', 'none']);
    const ko = (await run('ko')).stdout;
    expect(ko).toContain('<h2>판정 민감도: 해석이나 가정에 따라 달라지는 판정</h2>');
    expect(ko).toContain(
      '<th>규칙</th><th class="num">판정 수</th><th class="num">불변</th><th class="num">바뀜</th><th>그에 따라 바뀌는 건</th>',
    );
    expect(ko).toContain(
      '<tr><td>call.rings</td><td class="num">3</td><td class="num">2</td><td class="num">1</td><td>R-1 (rings-strict)</td></tr>',
    );
    expect(ko).toContain('점심시간 11:30–12:30');
    const en = (await run('en')).stdout;
    expect(en).toContain('<h2>Sensitivity: verdicts that depend on a reading or an alternative</h2>');
    expect(en).toContain(
      '<tr><td>complaint.inquiry</td><td class="num">4</td><td class="num">1</td><td class="num">3</td><td>L-1 (lunch-1130); L-2 (lunch-1130); S-1 (pause-whole-days)</td></tr>',
    );
    expect(en).toContain('lunch 11:30–12:30');
  });

  it('the table and Markdown reports show the alternatives after the result', async () => {
    const t = await runCli([
      'audit',
      ...INPUTS,
      '--as-of',
      '2025-07-01',
      '-f',
      'table',
      '--what-if',
      'reading:rings-strict',
      '--lang',
      'ko',
    ]);
    expect(t.stdout).toMatch(/reading:rings-strict: .*벨 2회 이내.* — 판정 1건이 바뀜/);
    const md = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'md', '--what-if', 'reading:lunch-1130']);
    expect(md.stdout).toContain('### reading:lunch-1130 — 2 verdicts flip');
    expect(md.stdout).toContain('| complaint.inquiry | L-2 | 6 |');
  });
});

describe('what-if input errors exit 2 with one line', () => {
  it('an unknown reading lists the readings', async () => {
    const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '--what-if', 'reading:rings']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^charter-audit: --what-if reading:rings is not a reading; readings: reading:rings-strict, reading:rings-inclusive, .*reading:lunch-1130/,
    );
  });

  it('a what-if file with an unknown config key names the file and the key', async () => {
    const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '--what-if', join(DATA, 'complaints.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('complaints.csv: not valid JSON');
  });

  it('a what-if cannot change the column mapping or the aggregate periods', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-wi-'));
    const file = join(dir, 'g.json');
    writeFileSync(file, '{"granularity":"quarter"}');
    const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '--what-if', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'g.json: "granularity" cannot change in a what-if (aggregates are compared period by period); remove it',
    );
  });

  it('NDJSON and CSV cannot show alternatives', async () => {
    const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'ndjson', '--sensitivity']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--what-if and --sensitivity are shown in the table, json, md, html reports, not in ndjson');
  });
});

describe('what-if files', () => {
  it('overlay merges objects key by key and replaces the rest', () => {
    expect(
      overlay({ rules: { a: { x: 1, y: 2 } }, workingHours: ['a'] }, { rules: { a: { y: 3 } }, workingHours: ['b'] }),
    ).toEqual({
      rules: { a: { x: 1, y: 3 } },
      workingHours: ['b'],
    });
  });

  it("holidays removed by a what-if leave the run's additions of that date out; a date it adds is no longer removed", () => {
    const d = (m: number, day: number) => daysFromCivil(2025, m, day);
    const base = { file: 'h.csv', add: [{ day: d(5, 2), name: '임시' }], remove: [{ day: d(1, 28) }] };
    const w = parseWhatIf(
      '{"holidays":{"add":[{"date":"2025-01-28","name":"설날 전날"}],"remove":["2025-05-02","2025-01-27"]}}',
      'w.json',
    );
    const c = combineHolidays(base, w.holidays!, (day) => day !== d(5, 2));
    expect(c.add.map((a) => a.day)).toEqual([d(1, 28)]);
    expect(c.remove.map((r) => r.day)).toEqual([d(1, 27)]);
  });
});
