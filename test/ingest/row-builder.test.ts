import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/ingest/columns.js';
import { recordShape, templateMake } from '../../src/ingest/record-shape.js';
import { rowBuilder } from '../../src/ingest/rows.js';
import { KINDS, type Kind, blankRecord, columnsOf, isWhole } from '../../src/model/records.js';
import { enOf } from '../helpers/messages.js';

/** What one build gives: the record, or the rejection, and the unreadable cells. */
function outcome(builder: ReturnType<typeof rowBuilder>, row: string[], line: number) {
  const record = builder.build(row, line);
  return {
    record,
    code: record === null ? builder.said!.code : null,
    reason: record === null ? enOf(builder.said!) : null,
    problems: builder.problems?.map((p) => [p.column, p.said.code, enOf(p.said)]) ?? null,
  };
}

/** Cells any column may get: good and bad timestamps, numbers, words, blanks. */
const cell = fc.constantFrom(
  '',
  ' ',
  '2025-03-04 09:00',
  '2025-03-04 09:00:20',
  '2025-03-04 08:59',
  '2025-02-30 09:00',
  '14:05',
  '2025-03-04',
  '인터넷',
  '질의',
  'callcenter',
  'inbound',
  '1,000원',
  '12',
  '00:00:30',
  'Y',
  'N',
  'x',
  ' P-1 ',
);

describe('the row builder', () => {
  it('gives every row the same result whatever rows it built before (no value carries over)', () => {
    for (const kind of KINDS) {
      const whole = columnsOf(kind).filter(isWhole);
      // Any subset of the kind's whole columns that has its start column, in table order.
      const header = fc
        .array(fc.boolean(), { minLength: whole.length, maxLength: whole.length })
        .map((keep) => whole.filter((s, i) => s.required === true || keep[i]).map((s) => s.column));
      fc.assert(
        fc.property(
          header.chain((columns) =>
            fc.tuple(
              fc.constant(columns),
              fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: 1, maxLength: 8 }),
            ),
          ),
          ([columns, rows]) => {
            const { mapping, kind: detected } = detectKind(columns, { kind }, 'f.csv');
            expect(detected).toBe(kind);
            const shared = rowBuilder('f.csv', kind, mapping);
            rows.forEach((row, i) => {
              const fresh = rowBuilder('f.csv', kind, mapping);
              expect(outcome(shared, row, i + 2)).toEqual(outcome(fresh, row, i + 2));
            });
          },
        ),
        { numRuns: 200 },
      );
    }
  });

  it('builds records of the kind table\u2019s shape: blankRecord\u2019s keys in its order', () => {
    const rows: Record<Kind, string[]> = {
      complaints: ['C-1', '2025-03-04 09:00'],
      payments: ['P-1', '2025-03-04 09:00'],
      contracts: ['K-1', '2025-03-04 09:00'],
      calls: ['T-1', '2025-03-04 09:00'],
      activities: ['A-1', '2025-03-04'],
    };
    for (const kind of KINDS) {
      const start = columnsOf(kind).find((s) => s.required)!.column;
      const { mapping } = detectKind(['id', start], {}, 'f.csv');
      const record = rowBuilder('f.csv', kind, mapping).build(rows[kind], 2)!;
      expect(Object.keys(record).sort()).toEqual(Object.keys(blankRecord(kind, 'f.csv', 2)).sort());
      expect(Object.keys(record).slice(0, 5)).toEqual(['kind', 'file', 'line', 'id', 'department']);
    }
  });
});

describe('the record factory', () => {
  it('is generated code that gives what the template fallback gives, key order included', () => {
    const fields = ['department', 'arrivedAt', 'queue'];
    const shape = recordShape('calls', 'c.csv', fields);
    expect(shape.compiled).toBe(true);
    const a = shape.make([null, 1741046400, 'callcenter'], 7, 'C-1');
    const b = templateMake('calls', 'c.csv', fields)([null, 1741046400, 'callcenter'], 7, 'C-1');
    expect(a).toEqual({
      kind: 'calls',
      file: 'c.csv',
      line: 7,
      id: 'C-1',
      department: null,
      arrivedAt: 1741046400,
      queue: 'callcenter',
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('never writes a name that is not a plain identifier into code: such fields take the fallback', () => {
    const odd = recordShape('calls', 'c.csv', ['department', 'a-b']);
    expect(odd.compiled).toBe(false);
    expect(odd.make([null, 2], 3, 'x')).toEqual({ kind: 'calls', file: 'c.csv', line: 3, id: 'x', department: null, 'a-b': 2 });
    // The file name is data, never source text.
    const quoted = recordShape('calls', "'); throw 1; ('", ['department']);
    expect(quoted.make([null], 1, 'y').file).toBe("'); throw 1; ('");
  });
});
