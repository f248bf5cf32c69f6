/**
 * The csv-parse core the reader drives (src/ingest/csv-core.ts). Its fields are decoded in place
 * (`buf.toString('utf8', 0, n)` instead of csv-parse's `buf.slice(0, n).toString('utf8')`): the
 * records must be exactly csv-parse's own, on any text, fed in any chunks.
 */
import fc from 'fast-check';
import { Parser } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { NOOP, csvApi, decodeFieldsInPlace, feed } from '../../src/ingest/csv-core.js';

const OPTIONS = {
  record_delimiter: ['\n'],
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: true,
  bom: false,
};

type Api = { parse(b: Buffer | undefined, end: boolean, push: (r: string[]) => void, close: () => void): Error | undefined };

/** Parses `chunks` with a core; returns the records and the error, if any. */
function run(api: Api, chunks: readonly Buffer[]): { records: string[][]; error: string | null } {
  const records: string[][] = [];
  const push = (r: string[]) => void records.push(r);
  for (const c of chunks) {
    const err = api.parse(c, false, push, NOOP);
    if (err) return { records, error: err.message };
  }
  const err = api.parse(undefined, true, push, NOOP);
  return { records, error: err ? err.message : null };
}

/** csv-parse as published, with the same options and no change to its field buffer. */
function stock(delimiter: string): Api {
  return (new Parser({ delimiter, ...OPTIONS }) as unknown as { api: Api }).api;
}

/** The reader's core, going through {@link feed} as the reader does. */
function ours(delimiter: string): Api {
  const api = csvApi(delimiter);
  return { parse: (b, end, push, close) => api.parse(b, end, feed(push), close) };
}

/** Splits `bytes` at the given cut points (fractions), so a cut may fall inside a character. */
function split(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const a of at) {
    out.push(bytes.subarray(from, a));
    from = a;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('csv-core', () => {
  it('changes the field buffer of the installed csv-parse (an upgrade that moves it fails here)', () => {
    const api = (new Parser({ delimiter: ',' }) as unknown as { api: { state: { field: unknown } } }).api;
    expect(decodeFieldsInPlace(api.state.field)).toBe(true);
  });

  it('leaves anything that is not a field buffer alone', () => {
    expect(decodeFieldsInPlace(undefined)).toBe(false);
    expect(decodeFieldsInPlace({ buf: 'x', length: 1, toString: () => '' })).toBe(false);
  });

  it('decodes Korean, quoted delimiters and doubled quotes as csv-parse does', () => {
    const text = '접수번호,내용\nC-1,"서울, 부산"\nC-2,"그가 ""네""라고"\n\nC-3,마지막\n';
    const expected = [
      ['접수번호', '내용'],
      ['C-1', '서울, 부산'],
      ['C-2', '그가 "네"라고'],
      ['C-3', '마지막'],
    ];
    expect(run(ours(','), [Buffer.from(text)])).toEqual({ records: expected, error: null });
    expect(run(stock(','), [Buffer.from(text)])).toEqual({ records: expected, error: null });
  });

  it("gives csv-parse's own records and errors on any text, cut anywhere (property)", () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '가', '한', ',', '"', '\n', ' ', '\t', '😀', 'é', ';') }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        fc.constantFrom(',', '\t', ';'),
        (rows, cuts, delimiter) => {
          const bytes = Buffer.from(rows.map((r) => r.join(delimiter)).join('\n'));
          const chunks = split(bytes, cuts);
          expect(run(ours(delimiter), chunks)).toEqual(run(stock(delimiter), chunks));
        },
      ),
      { numRuns: 500 },
    );
  });
});
