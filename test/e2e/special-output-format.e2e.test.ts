/**
 * `-o` onto a device or a FIFO without `--format` (README, Output files: `charter-audit audit
 * p.csv -o /dev/full` says ENOSPC): such a name has no extension to tell the format, so it gets
 * what a pipe gets (JSON) instead of "cannot tell the format from "full"". A regular file
 * without an extension is still refused. test/e2e/data/payments.csv: 5 rows, 3 violations at
 * 2025-07-01 09:00 (README there).
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-special-out-'));
const INPUT = join(root, 'test/e2e/data/payments.csv');
const AS_OF = ['--as-of', '2025-07-01T09:00:00+09:00'];

describe('-o onto a special file without --format', () => {
  it('/dev/full: the write error, in English and Korean, and the device stays a device', () => {
    const en = cli(['audit', INPUT, ...AS_OF, '-o', '/dev/full']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('charter-audit: cannot write /dev/full: no space left on the device (ENOSPC)\n');
    const ko = cli(['audit', INPUT, ...AS_OF, '-o', '/dev/full', '--lang', 'ko']);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe('charter-audit: /dev/full에 쓸 수 없습니다: 저장 장치에 남은 공간이 없습니다 (ENOSPC)\n');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('/dev/null: written into, the usual exit code, nothing said', () => {
    const r = cli(['audit', INPUT, ...AS_OF, '-o', '/dev/null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a named FIFO gets the JSON report', () => {
    const fifo = join(dir, 'out');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const got = join(dir, 'got');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `timeout 10 cat "$FIFO" > "$GOT" & "$NODE" "$BIN" audit "$IN" --as-of 2025-07-01T09:00:00+09:00 -o "$FIFO"; s=$?; wait; exit $s`,
      ],
      {
        encoding: 'utf8',
        timeout: 20_000, // a CLI that never opens the FIFO leaves the reader waiting: timeout ends it
        env: {
          ...process.env,
          FIFO: fifo,
          GOT: got,
          NODE: process.execPath,
          BIN: join(root, 'bin', 'charter-audit.js'),
          IN: INPUT,
        },
      },
    );
    expect(r.status).toBe(1);
    expect((JSON.parse(readFileSync(got, 'utf8')) as { violations: unknown[] }).violations).toHaveLength(3);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 30_000);

  it('an existing regular file without an extension is still refused', () => {
    const plain = join(dir, 'report');
    writeFileSync(plain, 'previous');
    const r = cli(['audit', INPUT, ...AS_OF, '-o', plain]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^charter-audit: cannot tell the format from "report"; use --format or one of /);
    expect(readFileSync(plain, 'utf8')).toBe('previous');
  });
});
