/** The activities export (issue 14): Korean headers, the duty words, dates without a time. */
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { readText } from '../../src/ingest/reader.js';
import type { ActivityRecord } from '../../src/model/records.js';
import { enOf } from '../helpers/messages.js';

const read = (text: string, options = {}) => readText(text, 'a.csv', options);

describe('activities export', () => {
  it('is told from Korean headers (실시일, 활동유형, 지방청, 게시일, 내용) and maps each column', () => {
    const r = read('실시일,활동유형,지방청,게시일,내용\n2025-03-14,지역간담회,부산지방조달청,2025-03-20,업체 20곳\n');
    expect(r.header.kind).toBe('activities');
    expect(r.records).toEqual([
      {
        kind: 'activities',
        file: 'a.csv',
        line: 2,
        id: 'a.csv:2',
        date: kstInstant(2025, 3, 14),
        type: 'regional-meeting',
        department: '부산지방조달청',
        publishedAt: kstInstant(2025, 3, 20),
        note: '업체 20곳',
      },
    ]);
  });

  it('reads a date alone as 00:00 KST in every written form, and keeps a time when one is written', () => {
    const days = ['2025-03-14', '2025.03.14', '2025/3/14', '20250314', '2025년 3월 14일'];
    const r = read(`일자,구분\n${days.map((d) => `${d},자체평가`).join('\n')}\n2025-03-14 10:30,자체평가\n`);
    expect(r.rejections).toEqual([]);
    expect((r.records as ActivityRecord[]).map((x) => x.date)).toEqual([
      ...days.map(() => kstInstant(2025, 3, 14)),
      kstInstant(2025, 3, 14, 10, 30),
    ]);
  });

  it.each([
    ['지역간담회', 'regional-meeting'],
    ['간담회', 'regional-meeting'],
    ['고객 만족도 조사', 'customer-survey'],
    ['민원만족도', 'complaint-survey'],
    ['이행실태 자체평가', 'self-evaluation'],
    ['주간고객만족회의', 'weekly-meeting'],
    ['weekly-meeting', 'weekly-meeting'],
    ['Customer Survey', 'customer-survey'],
    ['기타', 'other'],
  ])('구분 %s → %s', (word, value) => {
    const r = read(`일자,구분\n2025-03-14,${word}\n`);
    expect((r.records[0] as ActivityRecord).type).toBe(value);
  });

  it('keeps a row with an unknown duty word as unreadable (the duty rules skip it) naming the accepted words, unless the config maps it', () => {
    const text = '일자,구분\n2025-03-14,CS회의\n';
    const r = read(text);
    expect(r.records).toMatchObject([{ line: 2, type: null, unreadable: ['type'] }]);
    expect(r.warnings[0]).toMatchObject({ line: 2, code: 'UNREADABLE_VALUE' });
    expect(enOf(r.warnings[0])).toContain('주간고객만족회의/weekly-meeting');
    const mapped = read(text, { values: { activities: { type: { CS회의: 'weekly-meeting' } } } });
    expect((mapped.records[0] as ActivityRecord).type).toBe('weekly-meeting');
  });

  it('rejects results published before the activity, and a day that does not exist', () => {
    const r = read('일자,구분,공개일\n2025-03-14,자체평가,2025-03-13\n2025-02-30,자체평가,\n');
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([
      [2, 'END_BEFORE_START'],
      [3, 'INVALID_TIMESTAMP'],
    ]);
  });
});
