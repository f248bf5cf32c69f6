/**
 * The workbook adapter reads a workbook again when a read missed one of its parts (exceljs's
 * unzipper can end the entry stream before the last small parts arrive, by timing), and never
 * hands a row on twice. Simulated here with a source whose first read lacks `xl/workbook.xml`.
 */
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/ingest/xlsx-open.js';
import type { RowSink } from '../../src/model/input.js';
import type { AnyRecord } from '../../src/model/records.js';
import { kstCell, rewriteStoredZip, storedWorkbook } from '../helpers/xlsx.js';

let whole: Buffer;
let partless: Buffer;

beforeAll(async () => {
  const stored = await storedWorkbook([
    {
      name: '대금지급',
      rows: [
        ['청구번호', '청구일시', '지급일시'],
        ['P-1', kstCell('2025-03-04 14:05'), kstCell('2025-03-20 10:00')],
        ['P-2', kstCell('2025-03-05 09:00'), kstCell('2025-03-05 11:00')],
      ],
    },
  ]);
  whole = rewriteStoredZip(stored, 'xl/workbook.xml', (xml) => xml); // deflated, as Excel writes
  partless = rewriteStoredZip(stored, 'xl/workbook.xml', () => null);
});

/** A source that hands out these byte arrays in turn (the last one again when they run out). */
function sequence(...reads: Buffer[]) {
  let n = 0;
  const source = () => Readable.from([reads[Math.min(n++, reads.length - 1)]!]);
  return { source, reads: () => n };
}

function collect(): RowSink & { records: AnyRecord[] } {
  const records: AnyRecord[] = [];
  return { records, record: (r) => void records.push(r), reject: () => {}, warn: () => {} };
}

describe('a read that missed a part', () => {
  it('is made again when opening', async () => {
    const s = sequence(partless, whole);
    const [input] = await openWorkbook('p.xlsx', s.source, {});
    expect(input!.file).toBe('p.xlsx [대금지급]');
    expect(s.reads()).toBe(2);
  });

  it('is made again when pumping, and the rows are handed on once', async () => {
    const s = sequence(whole, partless, whole);
    const [input] = await openWorkbook('p.xlsx', s.source, {});
    const sink = collect();
    expect(await input!.pump(sink)).toBe(2);
    expect(sink.records.map((r) => r.id)).toEqual(['P-1', 'P-2']);
    expect(s.reads()).toBe(3);
  });

  it('gives up with one line after four reads', async () => {
    const s = sequence(partless);
    await expect(openWorkbook('p.xlsx', s.source, {})).rejects.toThrow(
      'p.xlsx: the workbook cannot be read (the workbook part (xl/workbook.xml) was not read); open it in Excel and save it again as .xlsx or CSV UTF-8',
    );
    expect(s.reads()).toBe(4);
  });
});
