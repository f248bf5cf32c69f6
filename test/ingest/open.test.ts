import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { openInput } from '../../src/ingest/open.js';
import { readHeader } from '../../src/ingest/read-header.js';
import { RowReader, readText } from '../../src/ingest/reader.js';
import { InputError, type OpenedInput, type RowSink } from '../../src/model/input.js';
import type { AnyRecord } from '../../src/model/records.js';
import type { Rejection, Warning } from '../../src/model/result.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-ingest-'));
});

function collect() {
  const out = { records: [] as AnyRecord[], rejections: [] as Rejection[], warnings: [] as Warning[] };
  const sink: RowSink = {
    record: (r) => void out.records.push(r),
    reject: (r) => void out.rejections.push(r),
    warn: (w) => void out.warnings.push(w),
  };
  return { out, sink };
}

async function pumpAll(input: OpenedInput) {
  const { out, sink } = collect();
  const rows = await input.pump(sink);
  return { rows, ...out };
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

/** A big Korean export: multi-byte characters and CRLF land on every chunk boundary somewhere. */
function bigComplaints(rows: number): string {
  const lines = ['민원번호,접수경로,민원유형,접수일시,처리일시,처리부서'];
  for (let i = 0; i < rows; i++) {
    const dept = i % 7 === 0 ? `"구매\r\n총괄과 ${i}"` : `시설사업국 ${i % 13}`;
    lines.push(
      `C-${i},${i % 2 ? '인터넷' : '방문'},${i % 3 ? '질의' : '진정'},2025-03-04 09:${String(i % 60).padStart(2, '0')},,${dept}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('openInput on files', () => {
  it('streams a large CP949 file in chunks with the same result as reading it whole', async () => {
    const text = bigComplaints(6000);
    const bytes = iconv.encode(text, 'cp949');
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
    const path = join(dir, 'big-cp949.csv');
    writeFileSync(path, bytes);
    const input = await openInput(path, {});
    expect([input.file, input.kind, input.encoding, input.delimiter, input.headerLine]).toEqual([
      path,
      'complaints',
      'cp949',
      ',',
      1,
    ]);
    const streamed = await pumpAll(input);
    const whole = readText(bytes, path);
    expect(streamed.rows).toBe(6000);
    expect(streamed.rejections).toEqual([]);
    expect(streamed.records).toEqual(whole.records);
    // Quoted CRLF inside a cell: the next record starts one physical line later.
    expect(streamed.records.slice(0, 3).map((r) => r.line)).toEqual([2, 4, 5]);
    expect(streamed.records[0]!.department).toBe('구매\n총괄과 0');
  });

  it('streams a large UTF-8 file the same way', async () => {
    const text = bigComplaints(5000);
    const path = join(dir, 'big-utf8.csv');
    writeFileSync(path, `\uFEFF${text}`);
    const input = await openInput(path, {});
    expect(input.encoding).toBe('utf-8-bom');
    const streamed = await pumpAll(input);
    expect(streamed.rows).toBe(5000);
    expect(streamed.records).toEqual(readText(`\uFEFF${text}`, path).records);
  });

  it('resolves a relative path against cwd and shows it as written', async () => {
    writeFileSync(join(dir, 'rel.csv'), 'id,claimed_at\nP-1,2025-03-04 09:00\n');
    const input = await openInput('rel.csv', {}, undefined, dir);
    expect(input.file).toBe('rel.csv');
    expect((await pumpAll(input)).records[0]!.file).toBe('rel.csv');
  });

  it('a header-only file is fine with 0 rows', async () => {
    const path = join(dir, 'header-only.csv');
    writeFileSync(path, '청구번호,청구일시\r\n');
    const r = await pumpAll(await openInput(path, {}));
    expect(r).toEqual({ rows: 0, records: [], rejections: [], warnings: [] });
  });

  it.each([
    ['missing', () => join(dir, 'nope.csv'), 'FILE_NOT_FOUND', /nope\.csv: no such file; check the path$/],
    [
      'a directory',
      () => {
        const d = join(dir, 'sub');
        mkdirSync(d, { recursive: true });
        return d;
      },
      'IS_DIRECTORY',
      /sub: is a directory, not a CSV file/,
    ],
    [
      'empty',
      () => {
        const p = join(dir, 'empty.csv');
        writeFileSync(p, '');
        return p;
      },
      'EMPTY_FILE',
      /empty\.csv: the file is empty/,
    ],
    [
      'binary',
      () => {
        const p = join(dir, 'bin.csv');
        writeFileSync(p, Buffer.from([0, 1, 2, 3, 0, 10, 0, 0]));
        return p;
      },
      'NOT_TEXT',
      /bin\.csv:1: the header holds NUL bytes/,
    ],
    [
      'not CSV',
      () => {
        const p = join(dir, 'prose.txt');
        writeFileSync(p, '이 파일은 CSV가 아닙니다.\n그냥 글입니다.\n');
        return p;
      },
      'UNKNOWN_KIND',
      /prose\.txt: cannot tell the kind/,
    ],
  ])('%s → InputError %s with one line', async (_name, make, code, message) => {
    const err = await failure(openInput(make(), {}));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });
});

describe('openInput on stdin', () => {
  it('reads - from the given stream, shown as <stdin>', async () => {
    const stream = Readable.from([
      Buffer.from('콜번호,인입일시,응답'),
      Buffer.from('일시\n1,2025-03-04 09:00:00,2025-03-04 09:00:09\n'),
    ]);
    const input = await openInput('-', {}, stream);
    expect([input.file, input.kind]).toEqual(['<stdin>', 'calls']);
    const r = await pumpAll(input);
    expect(r.rows).toBe(1);
    expect(r.records[0]).toMatchObject({ file: '<stdin>', line: 2, waitSeconds: 9 });
  });

  it('streams a long stdin past the header chunk', async () => {
    const bytes = iconv.encode(bigComplaints(3000), 'cp949');
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 1000) parts.push(bytes.subarray(i, i + 1000));
    const r = await pumpAll(await openInput('-', {}, Readable.from(parts)));
    expect(r.rows).toBe(3000);
    expect(r.records).toEqual(readText(bytes, '<stdin>').records);
  });

  it('an empty stdin is an input error', async () => {
    expect((await failure(openInput('-', {}, Readable.from([])))).code).toBe('EMPTY_FILE');
  });
});

describe('the core does not depend on how the bytes are chunked', () => {
  it('one byte at a time gives the same rows as all at once', () => {
    const text =
      '\uFEFF민원번호;접수일시;처리부서\r\n\r\nC-1;2025-03-04 09:00;"a\r\nb"\r\nC-2;2025-03-04 09:00;"x"";y"\rC-3;2025-03-04 09:00;끝\r\n';
    for (const bytes of [Buffer.from(text), iconv.encode(text.slice(1), 'cp949')]) {
      const header = readHeader(bytes, true, 'f.csv', {})!;
      const { out, sink } = collect();
      const reader = new RowReader(header, sink);
      for (let i = 0; i < bytes.length; i++) reader.write(bytes.subarray(i, i + 1));
      const rows = reader.end();
      const whole = readText(bytes, 'f.csv');
      expect(rows).toBe(3);
      expect(out.records).toEqual(whole.records);
      expect(out.records.map((r) => [r.line, r.department])).toEqual([
        [3, 'a\nb'],
        [5, 'x";y'],
        [6, '끝'],
      ]);
    }
  });

  it('a bare CR first seen in a later chunk still ends a record, and one inside quotes stays in its value', () => {
    // The parser starts with `\n` as its only record delimiter and takes `\r` on from the
    // chunk that shows one: the rows must not depend on where that chunk starts.
    const head = '민원번호,접수일시,처리부서\n';
    const lf = Array.from({ length: 50 }, (_, i) => `C-${i},2025-03-04 09:00,a${i}\n`).join('');
    const text = `${head}${lf}M-1,2025-03-04 10:00,"x\ry"\rM-2,2025-03-04 11:00,z\rM-3,2025-03-04 12:00,w\n`;
    const bytes = Buffer.from(text);
    const whole = readText(bytes, 'f.csv');
    expect(whole.rows).toBe(53);
    expect(whole.records.slice(-3).map((r) => [r.id, r.line, r.department])).toEqual([
      ['M-1', 52, 'x\ry'],
      ['M-2', 54, 'z'],
      ['M-3', 55, 'w'],
    ]);
    for (const size of [1, 7, 64, head.length + lf.length, head.length + lf.length + 5]) {
      const header = readHeader(bytes, true, 'f.csv', {})!;
      const { out, sink } = collect();
      const reader = new RowReader(header, sink);
      for (let i = 0; i < bytes.length; i += size) reader.write(bytes.subarray(i, i + size));
      expect(reader.end()).toBe(53);
      expect(out.records).toEqual(whole.records);
    }
  });
});
