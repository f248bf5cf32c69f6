import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/ingest/read-header.js';
import { RowReader } from '../../src/ingest/reader.js';
import { InputError } from '../../src/model/input.js';
import { enOf } from '../helpers/messages.js';

/** Reads bytes cut into the given chunks; returns counts, or the InputError code. */
function readChunked(bytes: Buffer, cuts: number[]) {
  let header;
  try {
    header = readHeader(bytes, true, 'f.csv', {});
  } catch (err) {
    if (err instanceof InputError) return { error: err.code, message: err.message };
    throw err;
  }
  let records = 0;
  let rejected = 0;
  const lines: number[] = [];
  const reader = new RowReader(header!, {
    record: (r) => {
      records++;
      lines.push(r.line);
    },
    reject: (r) => {
      rejected++;
      lines.push(r.line);
      expect(enOf(r)).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    },
    warn: () => {},
  });
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(c, bytes.length);
    if (to > from) reader.write(bytes.subarray(from, to));
    from = Math.max(from, to);
  }
  reader.write(bytes.subarray(from));
  const rows = reader.end();
  return { rows, records, rejected, lines };
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '2025-03-04 09:00',
    '2025-02-30 09:00',
    '2025년 3월 4일 14:05',
    '인터넷',
    '질의',
    '1,000원',
    'Y',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\0',
    '\uFFFD',
    '접수',
    'x"y',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const row = fc
  .tuple(fc.array(cell, { minLength: 0, maxLength: 6 }), fc.constantFrom(',', ';', '\t'))
  .map(([cells, d]) => cells.join(d));
const header = fc.constantFrom(
  '민원번호,접수경로,민원유형,접수일시,처리일시',
  'id,claimed_at,paid_at,amount',
  '콜번호;인입일시;응답일시;대기시간',
  'requested_at\tcategory',
);

describe('fuzz: the reader never throws anything but an InputError, and accounts for every row', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(400), { maxLength: 5 }), (bytes, cuts) => {
        const r = readChunked(Buffer.from(bytes), cuts);
        if ('error' in r) {
          expect(r.message).not.toContain('\n');
          return;
        }
        expect(r.records + r.rejected).toBe(r.rows);
      }),
      { numRuns: 400 },
    );
  });

  it('near-valid CSV, in UTF-8 and CP949, cut anywhere', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(600), { maxLength: 6 }),
        (head, rows, eol, cp949, cuts) => {
          const text = [head, ...rows].join(eol);
          const bytes = cp949 ? iconv.encode(text, 'cp949') : Buffer.from(text, 'utf8');
          const r = readChunked(bytes, cuts);
          if ('error' in r) return;
          expect(r.records + r.rejected).toBe(r.rows);
          // Lines only grow: each row is reported once, in file order.
          for (let i = 1; i < r.lines.length; i++) expect(r.lines[i]!).toBeGreaterThan(r.lines[i - 1]!);
          // The same bytes in one piece give the same accounting.
          const whole = readChunked(bytes, []);
          expect(whole).toEqual(r);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every well-formed data row becomes exactly one record or rejection', () => {
    const simple = fc.constantFrom('', '2025-03-04 09:00', '2025-02-30 09:00', '인터넷', '카톡', 'abc', '1,000');
    fc.assert(
      fc.property(fc.array(fc.tuple(simple, simple, simple), { maxLength: 30 }), (cells) => {
        const lines = cells.map(([a, b, c], i) => `C-${i},"${a}",${b},${c}`);
        const text = ['민원번호,접수일시,접수경로,처리부서', ...lines].join('\n');
        const r = readChunked(Buffer.from(text), []);
        if ('error' in r) throw new Error(r.message);
        expect(r.rows).toBe(cells.length);
        expect(r.lines).toEqual(cells.map((_, i) => i + 2));
      }),
      { numRuns: 200 },
    );
  });
});
