/**
 * The activities sample (issue 14): a calendar of the charter's duties, not a volume of records,
 * with the deliberate misses fixtures/README.md lists.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/calendar/calendar.js';
import { formatDay, kstDay, secondOfDay } from '../../src/calendar/kst.js';
import { readText } from '../../src/ingest/reader.js';
import type { ActivityRecord } from '../../src/model/records.js';
import { encodeText } from '../../src/sample/index.js';
import { records, sampleText } from './helpers.js';

const calendar = defaultCalendar();
const SPAN = { kind: 'activities', seed: '7', from: '2024-01-01', to: '2025-12-31', rows: '1000' };

/** The records the auditor's reader makes of a sample text (English or Korean headers and words). */
function read(text: string): ActivityRecord[] {
  const r = readText(text, 'a.csv');
  expect(r.rejections).toEqual([]);
  expect(r.header.kind).toBe('activities');
  return r.records as ActivityRecord[];
}

describe('sample --kind activities', () => {
  it('is byte-identical for the same seed; the seed moves only the notes', () => {
    const a = sampleText(SPAN);
    expect(sampleText(SPAN)).toBe(a);
    const b = sampleText({ ...SPAN, seed: '8' });
    expect(b).not.toBe(a);
    const strip = (t: string) => records(t).map(({ note: _note, ...rest }) => rest);
    expect(strip(b)).toEqual(strip(a));
  });

  it('holds every activity on a working day, dated without a time; --rows caps the rows', () => {
    const rows = read(sampleText(SPAN));
    // 94 weekly (105 weeks, every 9th missed) + 6 self-evaluations + 3 complaint surveys + 2 customer surveys + 7 meetings.
    expect(rows.length).toBe(112);
    for (const r of rows) {
      expect(calendar.isWorkingDay(kstDay(r.date)), r.id).toBe(true);
      expect(secondOfDay(r.date)).toBe(0);
      if (r.publishedAt !== null) expect(r.publishedAt).toBeGreaterThan(r.date);
    }
    expect(records(sampleText(SPAN))[0]).toMatchObject({ id: 'ACT-0001', date: '2024-01-02', type: 'weekly-meeting' });
    expect(sampleText({ ...SPAN, rows: '5' }).split('\n')).toHaveLength(7);
    expect(sampleText({ ...SPAN, rows: '0' })).toBe('id,date,type,department,published_at,note\n');
  });

  it('misses what fixtures/README.md says: every 9th week, Q2 unpublished, Q4 not held, 2024 H2, 광주 in 2024', () => {
    const rows = read(sampleText(SPAN));
    const of = (type: string) => rows.filter((r) => r.type === type);
    const days = (type: string) => of(type).map((r) => formatDay(kstDay(r.date)));
    // Mon 2024-01-01 … Mon 2025-12-29: 105 weeks, each with a working day; ⌊105 / 9⌋ = 11 missed.
    expect(of('weekly-meeting')).toHaveLength(94);
    expect(days('self-evaluation')).toEqual(['2024-03-14', '2024-06-14', '2024-09-19', '2025-03-14', '2025-06-16', '2025-09-15']);
    expect(of('self-evaluation').map((r) => r.publishedAt !== null)).toEqual([true, false, true, true, false, true]);
    // 2024-11-15 skipped (the 2nd of every three halves); 2025-11-15 is a Saturday.
    expect(days('complaint-survey')).toEqual(['2024-05-16', '2025-05-15', '2025-11-17']);
    expect(of('customer-survey').map((r) => r.publishedAt !== null)).toEqual([false, true]);
    expect(of('regional-meeting').map((r) => r.department)).toEqual([
      '서울지방조달청',
      '부산지방조달청',
      '대전지방조달청',
      '서울지방조달청',
      '부산지방조달청',
      '대전지방조달청',
      '광주지방조달청',
    ]);
  });

  it('Korean CP949 (헤더 일자·구분·지역·공개일·비고, 2024.03.14 dates, 자체평가 …) reads as the same records', () => {
    const en = sampleText(SPAN);
    const ko = iconv.decode(encodeText(sampleText({ ...SPAN, korean: true }), 'cp949'), 'cp949');
    expect(ko.split('\n')[0]).toBe('활동번호,일자,구분,지역,공개일,비고');
    expect(ko).toContain(',2024.03.14,자체평가,고객지원센터,2024.03.25,');
    const strip = (r: ActivityRecord) => ({ ...r, file: '', line: 0 });
    expect(read(ko).map(strip)).toEqual(read(en).map(strip));
  });
});
