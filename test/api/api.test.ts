/**
 * The public API (src/index.ts): one call does the whole audit, the stream yields the same
 * violations in the same order, in-memory inputs need no file, and the CLI's JSON is the API's
 * result formatted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  UsageError,
  audit,
  auditStream,
  createCalendar,
  defaultConfig,
  explain,
  formatJson,
  loadConfig,
  prepareAudit,
  type Violation,
} from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const FILES = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'];
const OPTIONS = { cwd: FIXTURES, config: 'charter-audit.config.json', asOf: '2025-09-01' };

describe('audit(inputs, options)', () => {
  it('does the whole job and gives what the CLI prints as JSON', async () => {
    const result = await audit(FILES, OPTIONS);
    expect(result.inputs.map((i) => i.kind)).toEqual(['complaints', 'payments', 'contracts', 'calls']);
    expect(result.violations.length).toBeGreaterThan(0);
    const cli = await runCli(
      [
        'audit',
        ...FILES,
        '--config',
        'charter-audit.config.json',
        '--as-of',
        '2025-09-01',
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: FIXTURES },
    );
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(formatJson(result, { lang: 'en' }));
  });

  it('takes a config already loaded as well as its path', async () => {
    const config = await loadConfig('charter-audit.config.json', FIXTURES);
    const json = async (options: Parameters<typeof audit>[1]) => formatJson(await audit(FILES, options), { lang: 'en' });
    expect(await json({ ...OPTIONS, config })).toBe(await json(OPTIONS));
  });

  it('resolves a quarter and compares it with the one before', async () => {
    const result = await audit(['payments.csv'], { ...OPTIONS, quarter: '2025Q2' });
    expect(result.previous?.period).toEqual({ from: result.period.from! - 90, to: result.period.from! - 1 });
    expect(result.violations.every((v) => v.start >= 1743433200 && v.start < 1751295600)).toBe(true);
  });

  it('audits exports held in memory, with no file', async () => {
    const text = 'id,claimed_at,paid_at\nP-1,2025-03-04 09:00,2025-03-04 16:00\nP-2,2025-03-04 09:00,2025-03-04 10:00\n';
    const result = await audit([{ name: 'memory.csv', text }], { config: defaultConfig(), asOf: '2025-09-01' });
    expect(result.inputs).toEqual([expect.objectContaining({ file: 'memory.csv', kind: 'payments', rows: 2 })]);
    expect(result.violations.map((v) => [v.rule, v.recordId])).toEqual([['payment.four-hours', 'P-1']]);
  });

  it('throws the library errors a caller can tell apart', async () => {
    await expect(audit(FILES, { ...OPTIONS, quarter: '2025Q5' })).rejects.toThrow(UsageError);
    await expect(audit(FILES, { ...OPTIONS, from: '2025-05-01', to: '2025-04-01' })).rejects.toThrow(/before --from/);
    await expect(audit(FILES, { ...OPTIONS, asOf: '2099-01-01' })).rejects.toThrow(CalendarRangeError);
  });

  it('tells, as data, that the clock is past the holiday data instead of failing', async () => {
    const notices: unknown[] = [];
    const prepared = await prepareAudit(['payments.csv'], {
      cwd: FIXTURES,
      now: () => Date.UTC(2099, 0, 1),
      onNotice: (n) => notices.push(n),
    });
    expect(notices).toEqual([{ code: 'AS_OF_PAST_HOLIDAY_DATA', asOf: 4070908800, lastYear: expect.any(Number) }]);
    expect(prepared.notices).toEqual(notices);
    const result = await prepared.run();
    expect(result.asOf).toBe(4070908800);
  });
});

describe('auditStream(inputs, options)', () => {
  it('yields the same violations in the same order and returns the result without them', async () => {
    const whole = await audit(FILES, OPTIONS);
    const seen: Violation[] = [];
    const stream = auditStream(FILES, OPTIONS);
    let step = await stream.next();
    while (!step.done) {
      seen.push(step.value);
      step = await stream.next();
    }
    expect(seen).toEqual(whole.violations);
    expect(step.value.violations).toEqual([]);
    expect(step.value.rules).toEqual(whole.rules);
  });
});

describe('explain and createCalendar', () => {
  it('explains a violation on the calendar it was judged on', async () => {
    const result = await audit(['payments.csv'], OPTIONS);
    const v = result.violations[0]!;
    const text = explain(v, { calendar: createCalendar(), lang: 'en' });
    expect(text).toContain(v.recordId);
    expect(text).toContain(v.rule);
    expect(explain(v, { lang: 'ko' })).not.toBe(text);
  });
});

describe('every command uses the same setup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'charter-setup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rules honours ./charter-audit.config.json as audit does', async () => {
    writeFileSync(join(dir, 'charter-audit.config.json'), JSON.stringify({ rules: { 'payment.four-hours': 'off' } }));
    const { code, stdout } = await runCli(['rules', '--json'], { cwd: dir });
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; enabled: boolean }[];
    expect(rules.find((r) => r.id === 'payment.four-hours')?.enabled).toBe(false);
    expect(rules.find((r) => r.id === 'payment.hold-notice')?.enabled).toBe(true);
  });

  it('one defaultLang for every command: LANG=kok_IN is English, ko_KR is Korean', async () => {
    for (const args of [['rules'], ['audit', 'payments.csv', '--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none']]) {
      const konkani = await runCli(args, { cwd: FIXTURES, env: { LANG: 'kok_IN' } });
      const english = await runCli([...args, '--lang', 'en'], { cwd: FIXTURES });
      const korean = await runCli([...args, '--lang', 'ko'], { cwd: FIXTURES });
      const fromLocale = await runCli(args, { cwd: FIXTURES, env: { LANG: 'ko_KR.UTF-8' } });
      expect(konkani.stdout).toBe(english.stdout);
      expect(fromLocale.stdout).toBe(korean.stdout);
      expect(korean.stdout).not.toBe(english.stdout);
    }
  });

  it("deadline --days follows the config's statutory hour/day split", async () => {
    const cfg = join(dir, 'split.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'complaint.statutory': { hoursPerDay: 4, dayBasedFrom: 3 } } }));
    const hours = await runCli(['deadline', '2024-09-02 09:00', '--days', '2', '--json', '--config', cfg], { cwd: dir });
    expect(JSON.parse(hours.stdout)).toMatchObject({ allowedWorkingSeconds: 8 * 3600, basis: 'hours' });
    const days = await runCli(['deadline', '2024-09-02 09:00', '--days', '3', '--json', '--config', cfg], { cwd: dir });
    expect(JSON.parse(days.stdout)).toMatchObject({ allowedWorkingSeconds: null, basis: 'days' });
    const law = await runCli(['deadline', '2024-09-02 09:00', '--days', '3', '--json'], { cwd: tmpdir() });
    expect(JSON.parse(law.stdout)).toMatchObject({ allowedWorkingSeconds: 24 * 3600, basis: 'hours' });
  });
});
