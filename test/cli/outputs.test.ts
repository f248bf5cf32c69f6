/**
 * Every command that writes a file (`audit`, `diff`, `sample`, `init`) goes through the same
 * up-front `--output` checks and the same writer, from the built CLI: a directory, a missing
 * folder or a file used as a folder is refused before anything is read; `diff` never overwrites
 * a report it compares; a failed write (`/dev/full`) is one line naming the target, exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langCli } from '../helpers/lang-cli.js';

let dir = '';
const { cli, both } = langCli(() => dir);

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-outputs-'));
  writeFileSync(
    join(dir, 'p.csv'),
    'id,claimed_at,paid_at\nP-1,2025-03-04 09:00,2025-03-04 11:30\nP-2,2025-03-04 09:00,2025-03-12 11:30\n',
  );
  writeFileSync(join(dir, 'plain.txt'), 'not a folder\n');
  mkdirSync(join(dir, 'sub'));
  for (const [name, asOf] of [
    ['a.json', '2025-03-05'],
    ['b.json', '2025-04-01'],
  ] as const) {
    const r = spawnSync(process.execPath, [BIN, 'audit', 'p.csv', '--as-of', asOf, '--fail-on', 'none', '-o', name, '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
  }
});

/** The files of the test folder, to see that nothing (no temp file, no report) was left. */
const listing = () => readdirSync(dir).sort();

describe('diff refuses -o onto a report it compares', () => {
  it.each([
    ['the first report', 'a.json'],
    ['the second report', 'b.json'],
    ['another spelling of it', './sub/../b.json'],
  ])('%s', (_what, output) => {
    const before = readFileSync(join(dir, output));
    both(
      ['diff', 'a.json', 'b.json', '-o', output],
      `charter-audit: --output ${output} is one of the reports compared; refusing to overwrite it\n`,
      `charter-audit: --output ${output}은(는) 비교하는 보고서입니다. 덮어쓰지 않습니다\n`,
    );
    expect(readFileSync(join(dir, output))).toEqual(before);
  });
});

describe('--output that cannot be a file is refused up front, in every command that writes one', () => {
  const commands: readonly [string, readonly string[], string][] = [
    ['diff', ['diff', 'a.json', 'b.json', '-o'], 'diff.txt'],
    ['sample', ['sample', '--kind', 'calls', '--rows', '3', '--output'], 'sample.csv'],
    ['init', ['init', '--force', '-o'], 'charter-audit.config.json'],
  ];
  it.each(commands)('%s: a directory (., DIR/, DIR)', (_name, args, example) => {
    for (const output of ['.', 'sub/', 'sub']) {
      both(
        [...args, output],
        `charter-audit: --output ${output} is a directory; name a file in it, e.g. ${join(output, example)}\n`,
        `charter-audit: --output ${output}: 폴더입니다. 그 안의 파일 이름을 쓰세요 (예: ${join(output, example)})\n`,
      );
    }
  });
  it.each(commands)('%s: a folder that does not exist', (_name, args) => {
    both(
      [...args, 'nowhere/x.out'],
      'charter-audit: --output nowhere/x.out cannot be written: the directory nowhere does not exist\n',
      'charter-audit: --output nowhere/x.out: 쓸 수 없습니다. nowhere 폴더가 없습니다\n',
    );
  });
  it.each(commands)('%s: a file used as a folder', (_name, args) => {
    both(
      [...args, 'plain.txt/x.out'],
      'charter-audit: --output plain.txt/x.out cannot be written: plain.txt is not a directory\n',
      'charter-audit: --output plain.txt/x.out: 쓸 수 없습니다. plain.txt은(는) 폴더가 아닙니다\n',
    );
  });
  it('nothing was written by any refusal', () => {
    expect(listing()).toEqual(['a.json', 'b.json', 'p.csv', 'plain.txt', 'sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });
});

describe('a failed write is one line naming the target, exit 2 (the writer audit -o uses)', () => {
  it.each([
    ['sample, a few rows (was exit 0 and nothing said)', ['sample', '--kind', 'calls', '--rows', '3', '--output', '/dev/full']],
    ['sample, many rows (was an internal error)', ['sample', '--kind', 'payments', '--rows', '100000', '--output', '/dev/full']],
    ['diff', ['diff', 'a.json', 'b.json', '--format', 'json', '-o', '/dev/full']],
    ['init', ['init', '--force', '-o', '/dev/full']],
  ])('%s', (_what, args) => {
    both(
      args,
      'charter-audit: cannot write /dev/full: no space left on the device (ENOSPC)\n',
      'charter-audit: /dev/full에 쓸 수 없습니다: 저장 장치에 남은 공간이 없습니다 (ENOSPC)\n',
    );
  });
});

describe('the same writer for a regular file: whole, atomic, no temp file left', () => {
  it('sample --output writes the file that stdout gets', () => {
    const args = ['sample', '--kind', 'payments', '--rows', '5000', '--seed', '7'];
    const stdout = spawnSync(process.execPath, [BIN, ...args], { cwd: dir });
    expect(stdout.status).toBe(0);
    expect(cli([...args, '--output', 'sub/s.csv'], 'en_US.UTF-8')).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'sub', 's.csv'))).toEqual(stdout.stdout);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['s.csv']);
  });
  it('diff -o /dev/null: a device tells no format and gets what a pipe gets, as with audit', () => {
    expect(cli(['diff', 'a.json', 'b.json', '-o', '/dev/null'], 'en_US.UTF-8')).toEqual({ code: 0, stderr: '' });
  });
  it('diff -o writes the diff in the format its name tells', () => {
    const r = cli(['diff', 'a.json', 'b.json', '-o', 'sub/d.json'], 'en_US.UTF-8');
    expect(r).toEqual({ code: 0, stderr: '' }); // the same rows judged at two as-of times: no verdict flipped
    expect(JSON.parse(readFileSync(join(dir, 'sub', 'd.json'), 'utf8'))).toMatchObject({ diffVersion: 1, flipped: 0 });
    expect(readdirSync(join(dir, 'sub')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('options that do not fit the inputs or each other (audit)', () => {
  const AUDIT = ['audit', 'p.csv', '--as-of', '2025-04-01', '--format', 'json', '--fail-on', 'none'];
  it('--sheet with no workbook among the inputs is a notice on stderr; the audit runs as without it', () => {
    for (const [lang, line] of [
      ['en', 'charter-audit: --sheet 2 was ignored: it applies to workbooks (.xlsx) only, and no input is one\n'],
      [
        'ko',
        'charter-audit: --sheet 2은(는) 무시했습니다. 엑셀 통합 문서(.xlsx)에만 쓰는 옵션인데 입력에 통합 문서가 없습니다\n',
      ],
    ] as const) {
      const plain = spawnSync(process.execPath, [BIN, ...AUDIT, '--lang', lang], { cwd: dir, encoding: 'utf8' });
      const r = spawnSync(process.execPath, [BIN, ...AUDIT, '--sheet', '2', '--lang', lang], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(plain.status);
      expect(r.stderr).toBe(line);
      expect(r.stdout).toBe(plain.stdout);
    }
  });
  it('--all with --limit contradict each other: a usage error, whichever comes first', () => {
    for (const order of [
      ['--all', '--limit', '3'],
      ['--limit', '3', '--all'],
    ]) {
      both(
        [...AUDIT, ...order],
        "charter-audit: error: option '--all' cannot be used with option '--limit <n>'\n",
        'charter-audit: 오류: 옵션 --all은(는) 옵션 --limit <n>와(과) 함께 쓸 수 없습니다\n',
      );
    }
  });
});
