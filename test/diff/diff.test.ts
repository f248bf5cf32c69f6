/**
 * `charter-audit diff` on the hand-worked data of test/whatif/data (README there): the same
 * exports audited twice, with the 2025-01-27 임시공휴일 removed or with call.rings ≤ 2, and the
 * comparison must name exactly the records worked out by hand.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports, parseReport } from '../../src/diff/index.js';
import { runCli } from '../helpers/cli.js';

const DATA = join(import.meta.dirname, '../whatif/data');
const INPUTS = [join(DATA, 'complaints.csv'), join(DATA, 'calls.csv')];
let dir: string;

async function report(name: string, ...extra: string[]): Promise<string> {
  const out = join(dir, name);
  const r = await runCli(['audit', ...INPUTS, '--as-of', '2025-07-01', '-f', 'json', '-o', out, ...extra]);
  // Nothing on stderr but the note of what -o wrote.
  expect(r.stderr).toMatch(/^charter-audit: wrote \S+ \(json\): [^\n]*\n$/);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ca-diff-'));
  await report('base.json');
  await report('no-0127.json', '--holidays', join(DATA, 'no-temporary-holiday.csv'));
  await report('rings.json', '-c', join(DATA, 'rings-strict.config.json'));
});

const load = (name: string) => parseReport(readFileSync(join(dir, name), 'utf8'), name);

describe('diff: verdicts that flip', () => {
  it('removing the 2025-01-27 temporary holiday makes H-1, H-2 (statutory) and H-3 (inquiry) late, and exits 1', async () => {
    const r = await runCli(['diff', join(dir, 'base.json'), join(dir, 'no-0127.json'), '-f', 'json']);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(d.flipped).toBe(3);
    expect(d.appeared.map((v: { recordId: string; rule: string }) => `${v.recordId} ${v.rule}`)).toEqual([
      'H-1 complaint.statutory',
      'H-2 complaint.statutory',
      'H-3 complaint.inquiry',
    ]);
    expect(d.appeared.map((v: { deadline: string }) => v.deadline)).toEqual([
      '2025-02-06T18:00:00+09:00',
      '2025-02-10T18:00:00+09:00',
      '2025-01-27T16:00:00+09:00',
    ]);
    expect(d.appeared.map((v: { overWorkingSeconds: number }) => v.overWorkingSeconds)).toEqual([3600, 3600, 14400]);
    expect(d.disappeared).toEqual([]);
    const statutory = d.rules.find((x: { id: string }) => x.id === 'complaint.statutory');
    expect([statutory.before.violations, statutory.after.violations]).toEqual([0, 2]);
    expect([statutory.before.complianceRate, statutory.after.complianceRate]).toEqual([1, 0]);
  });

  it('the other way round the same records disappear', () => {
    const d = compareReports(load('no-0127.json'), load('base.json'));
    expect(d.disappeared.map((v) => v.recordId)).toEqual(['H-1', 'H-2', 'H-3']);
    expect(d.appeared).toEqual([]);
    expect(d.flipped).toBe(3);
  });

  it('call.rings ≤ 2 makes R-1 (3 rings) a violation; the Korean Markdown names it', async () => {
    const r = await runCli(['diff', join(dir, 'base.json'), join(dir, 'rings.json'), '-f', 'md', '--lang', 'ko']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## 새로 생긴 위반 (1)');
    expect(r.stdout).toMatch(/\| call\.rings \| R-1 \| 2 \|/);
    expect(r.stdout).toContain('| call.rings | 1 → 2 | 0 | 66.7% → 33.3% |');
  });

  it('a report against itself flips nothing and exits 0 (table and HTML)', async () => {
    const t = await runCli(['diff', join(dir, 'base.json'), join(dir, 'base.json'), '-f', 'table']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('No verdict flipped');
    const h = await runCli(['diff', join(dir, 'base.json'), join(dir, 'base.json'), '-f', 'html', '--lang', 'ko']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('<html lang="ko">');
    expect(h.stdout).toContain('판정이 바뀐 건 없음');
  });

  it('-o picks the format from the extension and writes the file; an unknown extension exits 2', async () => {
    const out = join(dir, 'changes.md');
    const r = await runCli(['diff', join(dir, 'base.json'), join(dir, 'no-0127.json'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## Violations that appeared (3)');
    const bad = await runCli(['diff', join(dir, 'base.json'), join(dir, 'no-0127.json'), '-o', join(dir, 'x.xyz')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot tell the format from "x.xyz"');
  });

  it('a changed deadline without a flipped verdict is listed as a change and exits 0', () => {
    const before = load('base.json');
    const after = load('base.json');
    after.violations = after.violations.map((v) =>
      v.recordId === 'L-2' ? { ...v, deadline: '2025-03-05T11:50:00+09:00', overWorkingSeconds: 600 } : v,
    );
    const d = compareReports(before, after);
    expect(d.flipped).toBe(0);
    expect(d.changed.map((c) => [c.before.overWorkingSeconds, c.after.overWorkingSeconds])).toEqual([[1200, 600]]);
  });

  it('an aggregate whose verdict differs is a flip', () => {
    const before = load('base.json');
    const after = load('base.json');
    after.aggregates = after.aggregates.map((g) => (g.rule === 'call.average-wait' ? { ...g, passed: true } : g));
    const d = compareReports(before, after);
    expect(d.aggregates.map((g) => `${g.rule} ${g.period} ${g.before?.passed} → ${g.after?.passed}`)).toEqual([
      'call.average-wait 2025-03 false → true',
    ]);
    expect(d.flipped).toBe(1);
  });
});

describe('diff: values from the reports are escaped', () => {
  it('a record id with markup is text in HTML and Markdown, and loses its escape sequences in the table', async () => {
    const raw = JSON.parse(readFileSync(join(dir, 'no-0127.json'), 'utf8'));
    raw.violations[0].recordId = '<script>alert(1)</script>\u001b[31m|x';
    const hostile = join(dir, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(raw));
    const html = await runCli(['diff', join(dir, 'base.json'), hostile, '-f', 'html']);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = await runCli(['diff', join(dir, 'base.json'), hostile, '-f', 'md']);
    expect(md.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\\|x');
    const table = await runCli(['diff', join(dir, 'base.json'), hostile, '-f', 'table'], { env: { COLUMNS: '160' } });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('<script>alert(1)</script>|x');
    expect(table.stdout).not.toContain('\u001b');
  });
});

describe('diff: reports that cannot be compared exit 2 and say why', () => {
  it('names the input whose bytes differ, with both hashes', async () => {
    const calls = join(dir, 'calls.csv');
    writeFileSync(calls, readFileSync(join(DATA, 'calls.csv'), 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    const other = join(dir, 'other.json');
    await runCli(['audit', INPUTS[0]!, calls, '--as-of', '2025-07-01', '-f', 'json', '-o', other]);
    const r = await runCli(['diff', join(dir, 'base.json'), other]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^charter-audit: the reports cannot be compared: input .*calls\.csv \(calls, 7 rows, sha256 [0-9a-f]{12}\) is only in .*base\.json; input .*calls\.csv \(calls, 2 rows, sha256 [0-9a-f]{12}\) is only in .*other\.json\n$/,
    );
  });

  it('a file that is not a report names the file and the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, asOf: 'x', inputs: [], rules: 'no' }));
    const r = await runCli(['diff', join(dir, 'base.json'), bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: rules is missing or not an array');
    const missing = await runCli(['diff', join(dir, 'base.json'), join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
  });

  it("the report carries the SHA-256 of each input's bytes", () => {
    const sha = load('base.json').inputs.map((i) => i.sha256);
    expect(sha).toEqual(INPUTS.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')));
  });
});
