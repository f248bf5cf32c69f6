/**
 * Issue 16: the built CLI never loses a row, never harms the machine, and refuses what would.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-audit-safety-'));
const BIN = join(root, 'bin', 'charter-audit.js');
const H = 'id,claimed_at,paid_at,amount,payer,department';
const ok = (id: string) => `${id},2025-03-04 09:00,2025-03-04 10:00,100,pps,대전지방조달청`;
const late = (id: string) => `${id},2025-03-04 09:00,2025-03-04 17:00,100,pps,대전지방조달청`;
const file = (name: string, content: string | Buffer, at = dir) => {
  const p = join(at, name);
  writeFileSync(p, content);
  return p;
};
const AS_OF = ['--as-of', '2025-07-01'];

/** The built CLI, run from `cwd`. */
function cli(args: string[], cwd = dir, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A shell line (bash), run from `cwd`; `$CA` is the CLI. */
function sh(script: string, cwd = dir) {
  const r = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CA: `${process.execPath} ${BIN}`, NO_COLOR: '1', LANG: 'en_US.UTF-8', CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.stderr).toMatch(pattern);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

const noTempFiles = (at: string) => expect(readdirSync(at).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('-o onto a file that is not a regular file (item 1)', () => {
  it('a FIFO is written into, and stays a FIFO: its reader gets the report', () => {
    const sub = mkdtempSync(join(dir, 'fifo-'));
    const input = file('p.csv', `${H}\n${late('P1')}\n`, sub);
    const r = sh(
      `mkfifo out.fifo && (timeout 20 cat out.fifo > got.json 2>/dev/null &) && $CA audit "${input}" ${AS_OF.join(' ')} -o out.fifo --format json; echo "status=$?"; wait`,
      sub,
    );
    expect(r.stdout).toMatch(/status=1/); // one late payment
    // The background reader may need a moment after the writer closed.
    for (let i = 0; i < 50 && readFileSync(join(sub, 'got.json'), 'utf8') === ''; i++) spawnSync('sleep', ['0.05']);
    expect(JSON.parse(readFileSync(join(sub, 'got.json'), 'utf8')).violations).toHaveLength(1);
    expect(lstatSync(join(sub, 'out.fifo')).isFIFO()).toBe(true);
    noTempFiles(sub);
  });

  it('/dev/full: exit 2 with the reason, and the device is still a device', () => {
    const input = file('full.csv', `${H}\n${late('P1')}\n`);
    const r = cli(['audit', input, ...AS_OF, '--format', 'json', '-o', '/dev/full']);
    expectOneLineError(r, /cannot write \/dev\/full: no space left on the device \(ENOSPC\)/);
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    noTempFiles('/dev');
  });

  it('/dev/null: written into, exit code as usual, still a device', () => {
    const input = file('null.csv', `${H}\n${late('P1')}\n`);
    const r = cli(['audit', input, ...AS_OF, '--format', 'json', '-o', '/dev/null']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    noTempFiles('/dev');
  });
});

describe('-o never overwrites a file the run reads (item 2)', () => {
  it('the config file given with --config', () => {
    const sub = mkdtempSync(join(dir, 'cfg-'));
    const input = file('p.csv', `${H}\n${ok('P1')}\n`, sub);
    const config = file('my.config.json', '{}', sub);
    const r = cli(['audit', input, ...AS_OF, '--config', config, '-o', join(sub, 'my.config.json'), '--format', 'json']);
    expectOneLineError(r, /--output .*my\.config\.json is the config file; refusing to overwrite it/);
    expect(readFileSync(config, 'utf8')).toBe('{}');
  });

  it('the config file found in the working directory', () => {
    const sub = mkdtempSync(join(dir, 'found-'));
    file('p.csv', `${H}\n${ok('P1')}\n`, sub);
    file('charter-audit.config.json', '{}', sub);
    const r = cli(['audit', 'p.csv', ...AS_OF, '-o', './charter-audit.config.json', '--format', 'json'], sub);
    expectOneLineError(r, /is the config file; refusing to overwrite it/);
    expect(readFileSync(join(sub, 'charter-audit.config.json'), 'utf8')).toBe('{}');
  });

  it('the --holidays file, and the holidays file the config names', () => {
    const sub = mkdtempSync(join(dir, 'hol-'));
    file('p.csv', `${H}\n${ok('P1')}\n`, sub);
    const holidays = 'date,name\n2025-03-05,test day\n';
    file('holidays.csv', holidays, sub);
    const a = cli(['audit', 'p.csv', ...AS_OF, '--holidays', 'holidays.csv', '-o', 'holidays.csv', '--format', 'csv'], sub);
    expectOneLineError(a, /--output holidays\.csv is the holidays file; refusing to overwrite it/);
    file('c.json', '{"holidays": "holidays.csv"}', sub);
    const b = cli(['audit', 'p.csv', ...AS_OF, '--config', 'c.json', '-o', 'holidays.csv', '--format', 'csv'], sub);
    expectOneLineError(b, /holidays file; refusing to overwrite it/);
    expect(readFileSync(join(sub, 'holidays.csv'), 'utf8')).toBe(holidays);
  });
});

describe('the same export given twice is refused, never counted twice (item 6)', () => {
  it.each([
    ['the same path twice', (p: string) => [p, p], /p\.csv is given twice; give each export once/],
    [
      'another path to the same file',
      (p: string) => [p, `${dir}/twice/../twice/./p.csv`],
      /is given twice \(.* are the same file\)/,
    ],
    ['a symlink to it', (p: string) => [p, join(dir, 'twice', 'link.csv')], /are the same file/],
    [
      'a copy with identical bytes (p (1).csv)',
      (p: string) => [p, join(dir, 'twice', 'p (1).csv')],
      /p\.csv and .*p \(1\)\.csv have identical content/,
    ],
  ])('%s', (_, args, pattern) => {
    const sub = join(dir, 'twice');
    if (!existsSync(sub)) {
      spawnSync('mkdir', [sub]);
      file('p.csv', `${H}\n${late('P1')}\n`, sub);
      symlinkSync(join(sub, 'p.csv'), join(sub, 'link.csv'));
      copyFileSync(join(sub, 'p.csv'), join(sub, 'p (1).csv'));
    }
    expectOneLineError(cli(['audit', ...args(join(sub, 'p.csv')), ...AS_OF, '--format', 'json']), pattern);
  });

  it('two different files of the same size are both audited', () => {
    const a = file('a.csv', `${H}\n${late('P1')}\n`);
    const b = file('b.csv', `${H}\n${late('P2')}\n`);
    const r = cli(['audit', a, b, ...AS_OF, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).violations.map((v: { recordId: string }) => v.recordId)).toEqual(['P1', 'P2']);
  });
});

describe('a standardDays table that matches no contract type warns (item 5)', () => {
  const C = 'id,contract_type,category,requested_at,concluded_at,amount,department';
  const rows = [
    'K1,수의계약,goods,2025-03-04 09:00,2025-03-05 09:00,100,구매사업국',
    'K2,수의계약,goods,2025-03-04 09:00,2025-03-06 09:00,100,구매사업국',
    'K3,제한경쟁,goods,2025-03-04 09:00,2025-03-06 09:00,100,x',
  ];
  it('names the unmatched types and the keys the table has', () => {
    const sub = mkdtempSync(join(dir, 'std-'));
    file('k.csv', `${C}\n${rows.join('\n')}\n`, sub);
    file('c.json', '{"standardDays": {"총액계약x": 15, "private": 7}}', sub);
    const r = cli(['audit', 'k.csv', ...AS_OF, '--config', 'c.json', '--format', 'json'], sub);
    const report = JSON.parse(r.stdout);
    expect(report.rules.find((x: { id: string }) => x.id === 'contract.standard-days')).toMatchObject({ evaluated: 0 });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'STANDARD_DAYS_UNMATCHED',
        message: expect.stringMatching(
          /types in the export: "수의계약" \(2\), "제한경쟁" \(1\); keys in the config: "총액계약x", "private"/,
        ),
      }),
    ]);
    expect(r.stderr).toMatch(/warning: k\.csv: contract\.standard-days evaluated no contract/);
  });

  it('says nothing when one type matches', () => {
    const sub = mkdtempSync(join(dir, 'std-'));
    file('k.csv', `${C}\n${rows.join('\n')}\n`, sub);
    file('c.json', '{"standardDays": {"수의계약": 15}}', sub);
    const r = cli(['audit', 'k.csv', ...AS_OF, '--config', 'c.json', '--format', 'json'], sub);
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });
});

describe('a stray opening quote never makes a row vanish (item 3)', () => {
  const Q = (id: string, dept: string) => `${id},2025-03-04 09:00,2025-03-04 10:00,100,pps,${dept}`;
  interface Rep {
    inputs: { rows: number; evaluated: number; rejected: number }[];
    rejected: { line: number; code: string; reason: string }[];
    warnings: { code: string; line: number; message: string }[];
  }
  const audit200 = (broken: (i: number) => string) => {
    const lines = Array.from({ length: 200 }, (_, i) => broken(i) ?? Q(`P${i}`, '"대전청"'));
    const path = file(`q${Math.random().toString(36).slice(2)}.csv`, `${H}\n${lines.join('\n')}\n`);
    const r = cli(['audit', path, ...AS_OF, '--format', 'json']);
    return { ...r, report: JSON.parse(r.stdout) as Rep };
  };

  it('200 data lines, one "서울청 without its closing quote: 200 rows, the two merged lines rejected by name', () => {
    const r = audit200((i) => (i === 55 ? Q('P55', '"서울청') : Q(`P${i}`, '"대전청"')));
    expect(r.report.inputs[0]).toMatchObject({ rows: 200, evaluated: 198, rejected: 2 });
    expect(r.report.rejected.map((x) => [x.line, x.code])).toEqual([
      [57, 'UNTERMINATED_QUOTE'],
      [58, 'UNTERMINATED_QUOTE'],
    ]);
    expect(r.report.rejected[0]!.reason).toMatch(/lines 57–58 were read as one row/);
    expect(r.report.rejected[1]!.reason).toMatch(/swallowed by the quote opened on line 57/);
    expect(r.stderr).toMatch(/2 rows rejected/);
  });

  it('a merged record of the wrong shape: every line it swallowed is named', () => {
    // The quote closes two lines later, in the middle of a field: 3 lines read as one.
    const r = audit200((i) =>
      i === 10 ? Q('P10', '"서울청') : i === 12 ? `P12,"2025-03-04 09:00,2025-03-04 10:00,100,pps,x` : Q(`P${i}`, '대전청'),
    );
    expect(r.report.inputs[0]!.rows).toBe(200);
    expect(r.report.rejected.map((x) => x.line)).toEqual([12, 13, 14]);
    expect(r.report.rejected[0]!.reason).toMatch(/lines 12–14 were read as one row/);
  });

  it('a quote never closed before the end: every line after it is rejected, none vanishes', () => {
    const r = audit200((i) => (i === 197 ? Q('P197', '"서울청') : Q(`P${i}`, '대전청')));
    expect(r.report.inputs[0]).toMatchObject({ rows: 200, evaluated: 197, rejected: 3 });
    expect(r.report.rejected.map((x) => x.line)).toEqual([199, 200, 201]);
  });

  it('a real line break inside a quoted value is kept, and the count of rows against lines is said', () => {
    const r = audit200((i) => (i === 3 ? Q('P3', '"대전\n지방조달청"') : Q(`P${i}`, '"대전청"')));
    expect(r.report.inputs[0]).toMatchObject({ rows: 200, evaluated: 200, rejected: 0 });
    expect(r.report.warnings).toEqual([
      expect.objectContaining({
        code: 'MULTILINE_RECORDS',
        line: 5,
        message: "1 row holds a quoted line break, so the file's 201 data lines are 200 rows (first: lines 5–6)",
      }),
    ]);
  });
});

describe('-o that cannot be a report file is refused up front (item 12)', () => {
  it.each([
    ['a directory', () => [dir], /--output .* is a directory; name a file in it/],
    ['a directory with a slash', () => [`${dir}/`], /is a directory; name a file in it/],
    ['.', () => ['.'], /--output \. is a directory; name a file in it, e\.g\. report\.json/],
    ['an empty name', () => [''], /option '-o, --output <file>' was given an empty value/],
    [
      'a file in a directory that does not exist',
      () => [join(dir, 'no-such-dir', 'r.json')],
      /the directory .*no-such-dir does not exist/,
    ],
  ])('%s: one line, before any input is read', (_, target, pattern) => {
    // The input does not exist: the refusal comes first, so the audit never started.
    const r = cli(['audit', join(dir, 'missing-input.csv'), ...AS_OF, '--format', 'json', '-o', ...target()]);
    expectOneLineError(r, pattern);
  });
});

describe('an early pipe close ends every format quietly with 0 (item 13)', () => {
  let big = '';
  it.each([['json'], ['csv'], ['md'], ['html'], ['ndjson']])('--format %s | head -c 100', (format) => {
    if (big === '') {
      big = join(dir, 'pipe-calls.csv');
      expect(cli(['sample', '--kind', 'calls', '--rows', '60000', '--seed', '7', '--output', big]).code).toBe(0);
    }
    const r = sh(
      `$CA audit "${big}" --format ${format} --all --as-of 2026-01-01 | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });
});

describe('a signal during a long -o run (item 11)', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temp file, exits %i and keeps the previous report', async (signal, code) => {
    const sub = mkdtempSync(join(dir, 'sig-'));
    const report = file('report.json', '{"previous": true}', sub);
    // Rows come from stdin, which stays open: the run is mid-way when the signal arrives.
    const child = spawn(process.execPath, [BIN, 'audit', '-', ...AS_OF, '-o', 'report.json'], {
      cwd: sub,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.write(`${H}\n${Array.from({ length: 5000 }, (_, i) => late(`P${i}`)).join('\n')}\n`);
    const temp = () => readdirSync(sub).filter((f) => f.endsWith('.tmp'));
    for (let i = 0; i < 200 && temp().length === 0; i++) await new Promise((ok) => setTimeout(ok, 25));
    expect(temp()).toHaveLength(1);
    const exited = new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(temp()).toEqual([]);
    expect(readFileSync(report, 'utf8')).toBe('{"previous": true}');
    expect(stderr).toBe('');
  });
});

describe('inputs that are pipes but not stdin are read as streams (item 14)', () => {
  const content = `${H}\n${ok('P1')}\n${late('P2')}\n`;
  it.each([
    ['<(cat p.csv)', (p: string) => `$CA audit <(cat "${p}") ${AS_OF.join(' ')} --format json`],
    ['/dev/fd/3', (p: string) => `$CA audit /dev/fd/3 ${AS_OF.join(' ')} --format json 3< <(cat "${p}")`],
    [
      'a named FIFO',
      (p: string) =>
        `rm -f in.fifo && mkfifo in.fifo && (cat "${p}" > in.fifo &) && $CA audit in.fifo ${AS_OF.join(' ')} --format json`,
    ],
  ])('%s', (_, command) => {
    const sub = mkdtempSync(join(dir, 'pipe-in-'));
    const path = file('p.csv', content, sub);
    const r = sh(command(path), sub);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.inputs[0]).toMatchObject({ rows: 2, evaluated: 2 });
    expect(report.violations.map((v: { recordId: string }) => v.recordId)).toEqual(['P2']);
  });
});

describe('empty option values are errors, never ignored (item 16)', () => {
  it.each([
    ['--as-of'],
    ['--limit'],
    ['--from'],
    ['--to'],
    ['--explain'],
    ['--quarter'],
    ['--config'],
    ['--holidays'],
    ['--encoding'],
  ])('%s ""', (flag) => {
    const input = file('empty-opt.csv', `${H}\n${late('P1')}\n`);
    const r = cli(['audit', input, '--format', 'json', flag, '']);
    expectOneLineError(
      r,
      new RegExp(`option '(-., )?${flag} <[a-zA-Z]+>' was given an empty value; give a value or leave the option out`),
    );
  });

  it('--quarter 0000Q1 names what was given', () => {
    const r = cli(['audit', file('q0.csv', `${H}\n${ok('P1')}\n`), ...AS_OF, '--quarter', '0000Q1']);
    expectOneLineError(r, /--quarter "0000Q1": year 0000 does not exist; use YYYYQn/);
    expect(r.stderr).not.toMatch(/-1Q4/);
  });
});

describe('echoed values are sanitised and capped in messages (item 15)', () => {
  const noRawControl = (text: string) => expect(text.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);

  it('a file name holding a newline and an escape stays one line, the characters shown escaped', () => {
    const name = 'bad\nname\u001b[2J.csv';
    const r = cli(['audit', join(dir, name), ...AS_OF]);
    expectOneLineError(r, /bad\\nname\\u001b\[2J\.csv: no such file/);
    noRawControl(r.stderr);
  });

  it('header cells with terminal escapes never reach the terminal raw', () => {
    const path = file('escape-header.csv', 'x,\u001b]0;pwned\u0007\u001b[2J,y\n1,2,3\n');
    const r = cli(['audit', path, ...AS_OF]);
    expect(r.code).toBe(2);
    noRawControl(r.stderr);
  });

  it('a 60,000-column header gives one bounded line', () => {
    const path = file('wide.csv', `${Array.from({ length: 60_000 }, (_, i) => `column${i}`).join(',')}\n1\n`);
    const r = cli(['audit', path, ...AS_OF]);
    expectOneLineError(r, /wide\.csv: cannot tell the kind/);
    expect(r.stderr.length).toBeLessThan(1200);
  });

  it('an unknown option is echoed escaped', () => {
    const r = cli(['audit', '--\u001b]0;x\u0007', ...AS_OF]);
    expect(r.code).toBe(2);
    noRawControl(r.stderr);
    expect(r.stderr).toMatch(/\\u001b\]0;x\\u0007/);
  });

  it('a rejected row reason and a warning on stderr keep the value escaped', () => {
    const path = file(
      'evil-rows.csv',
      `${H}\nP1\u001b[31m,2025-03-04 09:00,2025-03-04 10:00,100,pps,x\nP2,2025-02-30\u001b[2J 09:00,,1,pps,x\n`,
    );
    const r = cli(['audit', path, ...AS_OF, '--format', 'json']);
    expect(r.stderr).toMatch(/1 row rejected|rows? rejected/);
    noRawControl(r.stderr);
  });
});

describe('a verdict settled before a year without holiday data is judged (item 17)', () => {
  it('concluded 2027-12-22 for a 15-day standard from 2027-12-20: passes; open ones are pending; late ones are found', () => {
    const sub = mkdtempSync(join(dir, 'settled-'));
    const C = 'id,contract_type,category,requested_at,concluded_at,amount,department';
    file(
      'k.csv',
      [
        C,
        'K1,total,goods,2027-12-20 10:00,2027-12-22 15:00,100,구매사업국',
        'K2,total,goods,2027-12-20 10:00,,100,구매사업국',
        'K3,total,goods,2027-12-01 10:00,2027-12-31 15:00,100,구매사업국',
      ].join('\n') + '\n',
      sub,
    );
    file('c.json', '{"standardDays": {"total": 15}}', sub);
    const r = cli(['audit', 'k.csv', '--as-of', '2027-12-28', '--config', 'c.json', '--format', 'json'], sub);
    const report = JSON.parse(r.stdout);
    expect(report.rejected).toEqual([]);
    expect(report.rules.find((x: { id: string }) => x.id === 'contract.standard-days')).toMatchObject({
      evaluated: 3,
      passed: 1,
      pending: 1,
      violations: 1,
    });
    expect(
      report.violations
        .filter((v: { rule: string }) => v.rule === 'contract.standard-days')
        .map((v: { recordId: string }) => v.recordId),
    ).toEqual(['K3']);
  });
});

describe('zero-width characters (item 18)', () => {
  const ZW = /[\u200b\u2060]/;
  const content = `${H}\n2025\u200b00000001,2025-03-04 09:00,2025-03-04 17:00,100,pps,대전\u2060청\n`;
  it.each([['table'], ['md'], ['html']])('are stripped in --format %s', (format) => {
    const r = cli(['audit', file('zw.csv', content), ...AS_OF, '--format', format, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(ZW);
    expect(r.stdout).toContain('202500000001');
  });

  it('are kept in a JSON id, which is flagged; a department is read without them, and the line is named', () => {
    const r = cli(['audit', file('zw.csv', content), ...AS_OF, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.violations[0].recordId).toBe('2025\u200b00000001');
    expect(report.violations[0].department).toBe('대전청');
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'INVISIBLE_IN_TEXT', line: 2, message: expect.stringMatching(/read as "대전청"/) }),
      expect.objectContaining({
        code: 'INVISIBLE_IN_ID',
        line: 2,
        message: expect.stringMatching(
          /id "2025\\u200b00000001" holds an invisible character \(zero-width.*does not match "202500000001"/,
        ),
      }),
    ]);
    expect(r.stderr).toMatch(/warning: .*zw\.csv:2: id "2025\\u200b00000001" holds an invisible/);
    expect(r.stderr).not.toMatch(ZW);
  });
});
