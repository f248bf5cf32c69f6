import { mkdtempSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../helpers/cli.js';
import { run } from '../../src/cli/program.js';
import { sampleText } from './helpers.js';

const argv = (...args: string[]) => ['node', 'charter-audit', 'sample', ...args];

describe('charter-audit sample', () => {
  it('writes the export to stdout, data only', async () => {
    const io = fakeIo();
    const code = await run(argv('--kind', 'payments', '--rows', '50', '--seed', '9'), io);
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out().toString('utf8')).toBe(sampleText({ kind: 'payments', rows: '50', seed: '9' }));
  });

  it('writes Korean CP949 to --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sample-'));
    const io = fakeIo({ cwd: dir });
    const code = await run(
      argv(
        '--kind',
        'calls',
        '--rows',
        '40',
        '--seed',
        '3',
        '--year',
        '2024',
        '--korean',
        '--encoding',
        'cp949',
        '--output',
        'c.csv',
      ),
      io,
    );
    expect(code).toBe(0);
    expect(io.out().length).toBe(0);
    const text = iconv.decode(readFileSync(join(dir, 'c.csv')), 'cp949');
    expect(text).toBe(sampleText({ kind: 'calls', rows: '40', seed: '3', year: '2024', korean: true }));
    expect(text.split('\n')[1]).toMatch(/^2400000001,2024\.\d\d\.\d\d /);
  });

  it.each([
    [
      ['--kind', 'letters', '--rows', '5'],
      /--kind must be one of complaints, payments, contracts, calls, activities, got "letters"/,
    ],
    [['--kind', 'calls'], /--rows is required/],
    [['--kind', 'calls', '--rows', '-3'], /--rows must be a whole number/],
    [['--kind', 'calls', '--rows', '5', '--year', '2031'], /--year must be a whole number from 2018 to 2027, got "2031"/],
    [['--kind', 'calls', '--rows', '5', '--late-share', '1.5'], /--late-share must be a fraction from 0 to 1/],
    [['--kind', 'calls', '--rows', '5', '--encoding', 'latin1'], /--encoding must be utf-8 or cp949/],
    [['--kind', 'calls', '--rows', '5', '--from', '2025-02-30'], /--from must be a date YYYY-MM-DD/],
  ])('rejects %j with exit 2 and one line', async (args, message) => {
    const io = fakeIo();
    const code = await run(argv(...args), io);
    expect(code).toBe(2);
    expect(io.out().length).toBe(0);
    const err = io.err();
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    const io = fakeIo();
    let written = 0;
    io.stdout = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        written += chunk.length;
        const err = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        cb(err);
      },
    });
    const code = await run(argv('--kind', 'calls', '--rows', '200000', '--seed', '1'), io);
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    expect(written).toBeLessThan(200_000);
  });
});
