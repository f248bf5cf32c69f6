/**
 * Issue 7: bad, hostile and broken input through the built CLI. Every case ends in a one-line
 * message (exit 2 when nothing could be audited) or a rejected-row entry, never a stack trace,
 * and every input's rows reconcile.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-audit-hostile-'));
const H = 'id,claimed_at,paid_at,amount,payer,department';
const ok = (id: string) => `${id},2025-03-04 09:00,2025-03-04 10:00,100,pps,대전지방조달청`;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const AS_OF = ['--as-of', '2025-07-01'];

interface Report {
  inputs: { rows: number; evaluated: number; outOfPeriod: number; rejected: number }[];
  rejected: { file: string; line: number; code: string; reason: string }[];
  warnings: { code: string; line: number | null; message: string }[];
  violations: { recordId: string }[];
}

function auditJson(path: string, extra: string[] = []) {
  const r = cli(['audit', path, ...AS_OF, '--format', 'json', ...extra]);
  const report = r.stdout ? (JSON.parse(r.stdout) as Report) : undefined;
  for (const i of report?.inputs ?? []) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected);
  return { ...r, report };
}

function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^charter-audit: /);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('files that cannot be audited: one line, exit 2', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.csv'), /nope\.csv.*no such file/],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => file('empty.csv', ''), /empty.*no header/],
    [
      'binary garbage',
      () => file('garbage.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
      /garbage\.csv/,
    ],
    [
      'a file that is not CSV',
      () => file('prose.csv', 'Dear auditor,\nthis is a letter, not an export.\n'),
      /cannot tell the kind/,
    ],
  ])('%s', (_, make, pattern) => {
    expectOneLineError(cli(['audit', make(), ...AS_OF, '--format', 'json']), pattern);
  });

  it('an invalid config file names the key and suggests the fix', () => {
    const config = file('bad.config.json', '{"rules": {"payment.four-hour": {"hours": 4}}}');
    const r = cli(['audit', file('fine.csv', `${H}\n${ok('P1')}\n`), ...AS_OF, '--config', config]);
    expectOneLineError(r, /payment\.four-hour.*did you mean "payment\.four-hours"/);
  });

  it('a file whose every row is rejected', () => {
    const r = cli(['audit', file('allbad.csv', `${H}\nP1,2025-02-30 09:00,,1,pps,x\n`), ...AS_OF, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing could be audited/);
    expect(JSON.parse(r.stdout).rejected).toHaveLength(1);
  });
});

describe('a header-only file is fine', () => {
  it('audits 0 rows and exits 0', () => {
    const r = auditJson(file('header-only.csv', `${H}\n`));
    expect(r.code).toBe(0);
    expect(r.report!.inputs[0]).toMatchObject({ rows: 0, evaluated: 0, rejected: 0 });
  });
});

describe('broken rows are rejected with file, line and reason; the rest is audited', () => {
  it('an unterminated quote', () => {
    const r = auditJson(file('quote.csv', `${H}\n${ok('P0')}\nP1,2025-03-04 09:00,2025-03-04 10:00,"100,pps,x\n${ok('P2')}\n`));
    expect(r.report!.rejected[0]).toMatchObject({ line: 3, code: 'UNTERMINATED_QUOTE' });
    expect(r.report!.inputs[0]!.evaluated).toBe(1);
  });

  it('rows with too few or too many fields', () => {
    const r = auditJson(file('fields.csv', `${H}\nP1,2025-03-04 09:00\n${ok('P2')},extra\n${ok('P3')}\n`));
    expect(r.report!.rejected.map((x) => [x.line, x.code])).toEqual([
      [2, 'FIELD_COUNT'],
      [3, 'FIELD_COUNT'],
    ]);
    expect(r.report!.rejected[0]!.reason).toMatch(/2 fields but the header has 6/);
  });

  it('CRLF and mixed line endings', () => {
    const r = auditJson(file('mixed.csv', `${H}\r\n${ok('P1')}\n${ok('P2')}\r\n${ok('P3')}\r`));
    expect(r.report!.inputs[0]).toMatchObject({ rows: 3, evaluated: 3, rejected: 0 });
  });

  it('NUL bytes', () => {
    const r = auditJson(file('nul.csv', `${H}\n${ok('P1')}\nP2\u0000,2025-03-04 09:00,2025-03-04 10:00,100,pps,x\n`));
    expect(r.report!.rejected).toEqual([expect.objectContaining({ line: 3, code: 'NUL_BYTE' })]);
  });

  it('a 5 MB field', () => {
    const big = `${H},hold_reason\n${ok('P1')},"${'x'.repeat(5_000_000)}"\n${ok('P2')},ok\n`;
    const r = auditJson(file('bigfield.csv', big));
    expect(r.report!.inputs[0]).toMatchObject({ rows: 2, evaluated: 2 });
  });

  it('dates that do not exist, end before start, years without holiday data are rejected; an unknown value is a warning', () => {
    const rows = [
      'P1,2025-02-30 09:00,2025-03-04 10:00,100,pps,x',
      'P2,2025-03-04 09:00,2025-03-03 10:00,100,pps,x',
      'P3,2028-03-06 09:00,2028-03-06 10:00,100,pps,x',
      'P4,2025-03-04 09:00,2025-03-04 10:00,100,bank,x',
      ok('P5'),
    ];
    const r = auditJson(file('values.csv', `${H}\n${rows.join('\n')}\n`));
    expect(r.report!.rejected.map((x) => [x.line, x.code])).toEqual([
      [2, 'INVALID_TIMESTAMP'],
      [3, 'END_BEFORE_START'],
      [4, 'CALENDAR_YEAR_NOT_LOADED'],
    ]);
    const reasons = r.report!.rejected.map((x) => x.reason);
    expect(reasons[0]).toBe('claimed_at "2025-02-30 09:00" is not a valid date');
    expect(reasons[2]).toMatch(/2028.*--holidays/);
    // An unknown payer is an unreadable optional value: a warning, and the rules it decides skip the row.
    const unread = r.report!.warnings.filter((w) => w.code === 'UNREADABLE_VALUE');
    expect(unread.map((w) => w.line)).toEqual([5]);
    expect(unread[0]!.message).toMatch(/"bank".*pps.*agency.*payment\.four-hours/);
    expect(r.stderr).toMatch(/3 rows rejected/);
  });

  it('duplicate record ids are warned about, and both rows are kept', () => {
    const r = auditJson(file('dupes.csv', `${H}\n${ok('P1')}\n${ok('P1')}\n`));
    expect(r.report!.inputs[0]).toMatchObject({ rows: 2, evaluated: 2 });
    expect(r.report!.warnings.map((w) => [w.code, w.line])).toEqual([['DUPLICATE_ID', 3]]);
    expect(r.stderr).toMatch(/warning: .*dupes\.csv:3/);
  });

  it('--strict turns a rejected row into exit 2', () => {
    const path = file('one-bad.csv', `${H}\n${ok('P1')}\nP2,yesterday,,1,pps,x\n`);
    expect(cli(['audit', path, ...AS_OF, '--format', 'json']).code).toBe(0);
    expect(cli(['audit', path, ...AS_OF, '--format', 'json', '--strict']).code).toBe(2);
  });
});

describe('output is safe from what the input holds', () => {
  const hostile = [
    // Late payments (deadline 13:00, paid 17:00) with hostile ids and departments.
    'id,claimed_at,paid_at,amount,payer,department',
    '"=HYPERLINK(""http://evil.example"",""click"")",2025-03-04 09:00,2025-03-04 17:00,100,pps,"<script>alert(1)</script>"',
    '"\u001b[31mRED\u001b[0m",2025-03-04 09:00,2025-03-04 17:00,100,pps,"@SUM(A1)"',
  ].join('\n');
  let path = '';
  beforeAll(() => {
    path = file('hostile.csv', `${hostile}\n`);
  });

  it('CSV: formula cells are neutralised', () => {
    const r = cli(['audit', path, ...AS_OF, '--format', 'csv']);
    expect(r.stdout).toContain(`"'=HYPERLINK(`);
    expect(r.stdout).toMatch(/'@SUM\(A1\)/);
    for (const line of r.stdout.split('\r\n').slice(1)) expect(line).not.toMatch(/(^|,)"?[=+@-]/);
  });

  it('HTML: input is escaped', () => {
    const r = cli(['audit', path, ...AS_OF, '--format', 'html']);
    expect(r.stdout).not.toContain('<script>alert(1)</script>');
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('terminal: no escape sequence from a cell reaches the screen, even with colour forced', () => {
    const plain = cli(['audit', path, ...AS_OF, '--format', 'table']);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).toContain('RED');
    const coloured = cli(['audit', path, ...AS_OF, '--format', 'table', '--color']);
    expect(coloured.stdout).not.toContain('\u001b[31mRED');
  });
});

describe('pipes and repeatability', () => {
  let big = '';
  beforeAll(() => {
    mkdirSync(join(dir, 'big'), { recursive: true });
    big = join(dir, 'big', 'calls.csv');
    const r = spawnSync(
      process.execPath,
      ['bin/charter-audit.js', 'sample', '--kind', 'calls', '--rows', '60000', '--seed', '7', '--output', big],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
  });

  it('`audit big.csv --format ndjson | head -1` ends quietly with exit 0', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node bin/charter-audit.js audit "${big}" --format ndjson --as-of 2026-01-01 | head -1; echo "status=\${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    const [first, status] = r.stdout.trimEnd().split('\n');
    expect(JSON.parse(first!)).toHaveProperty('rule');
    expect(status).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('the same input and --as-of give byte-identical output, and the input is never modified', () => {
    const hash = () => createHash('sha256').update(readFileSync(big)).digest('hex');
    const before = hash();
    const a = cli(['audit', big, '--as-of', '2026-01-01', '--format', 'json']);
    const b = cli(['audit', big, '--as-of', '2026-01-01', '--format', 'json']);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    expect(hash()).toBe(before);
  });
});

describe('the clock past the holiday data', () => {
  it('an explicit --as-of outside the data is an error; open records are what needs it', () => {
    const path = file('open.csv', `${H}\n${ok('P1')}\nP2,2025-03-04 09:00,,100,pps,x\n`);
    const explicit = cli(['audit', path, '--as-of', '2030-01-02', '--format', 'json']);
    expectOneLineError(explicit, /--as-of 2030-01-02T00:00:00\+09:00: no holiday data for 2030/);
  });

  it('--as-of text that is no time says what is accepted, once', () => {
    const r = cli(['audit', join(dir, 'header-only.csv'), '--as-of', 'soon']);
    expectOneLineError(r, /--as-of "soon" is not a recognised timestamp/);
    expect(r.stderr.match(/accepted/g)).toHaveLength(1);
  });
});
