/**
 * Every format shows a rejected row's reason and a warning's message in `--lang`: a rejection and
 * a warning carry a code and data, and the catalog words them at the formatter; the JSON
 * `reason` / `message` hold the chosen text.
 */
import { describe, expect, it } from 'vitest';
import type { Rejection, Warning } from '../../src/model/result.js';
import { formatHtml } from '../../src/report/html.js';
import { inLang, rejectionReason, warningMessage } from '../../src/report/i18n.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import { options, sampleResult } from './factory.js';

const REJECTED: Rejection[] = [
  {
    file: 'p.csv',
    line: 3,
    code: 'INVALID_TIMESTAMP',
    data: { header: '지급일시', value: '2025-02-30 09:00', problem: 'date' },
  },
  { file: 'p.csv', line: 5, code: 'CSV_ERROR', data: { last: 9, detail: 'only in English' } },
];
const WARNINGS: Warning[] = [
  {
    file: 'p.csv',
    line: null,
    code: 'RULE_SKIPPED',
    data: { rule: 'x', kind: 'payments', missing: ['paid_at'] },
  },
];
const REASON = {
  en: '지급일시 "2025-02-30 09:00" is not a valid date',
  ko: '지급일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다',
};
const MESSAGE = {
  en: 'x not evaluated for this file: missing column(s) paid_at',
  ko: '지급일시(paid_at) 열이 없어 이 파일에서는 x 규칙을 평가하지 않았습니다',
};
const result = sampleResult({ rejected: REJECTED, warnings: WARNINGS });

describe('reasons and warnings in the chosen language', () => {
  it("the helpers word the code and data in each language (a parser's own detail stays as it was)", () => {
    expect(rejectionReason(REJECTED[0]!, 'ko')).toBe(REASON.ko);
    expect(rejectionReason(REJECTED[0]!, 'en')).toBe(REASON.en);
    expect(rejectionReason(REJECTED[1]!, 'ko')).toBe('이 줄부터 9행까지 CSV로 읽지 못했습니다: only in English');
    expect(warningMessage(WARNINGS[0]!, 'ko')).toBe(MESSAGE.ko);
    expect(warningMessage(WARNINGS[0]!, 'en')).toBe(MESSAGE.en);
    expect(inLang('a', '', 'ko')).toBe('a');
  });

  it('JSON: reason and message in --lang, no extra keys', () => {
    const ko = JSON.parse(formatJson(result, { lang: 'ko' }));
    expect(ko.rejected).toEqual([
      {
        file: 'p.csv',
        line: 3,
        code: 'INVALID_TIMESTAMP',
        column: null,
        value: null,
        reason: '지급일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다',
        data: { header: '지급일시', problem: 'date', value: '2025-02-30 09:00' },
      },
      {
        file: 'p.csv',
        line: 5,
        code: 'CSV_ERROR',
        column: null,
        value: null,
        reason: '이 줄부터 9행까지 CSV로 읽지 못했습니다: only in English',
        data: { detail: 'only in English', last: 9 },
      },
    ]);
    expect(ko.warnings).toEqual([
      {
        file: 'p.csv',
        line: null,
        code: 'RULE_SKIPPED',
        message: MESSAGE.ko,
        data: { rule: 'x', kind: 'payments', missing: ['paid_at'] },
      },
    ]);
    const en = JSON.parse(formatJson(result, { lang: 'en' }));
    expect(en.rejected[0].reason).toBe(REASON.en);
    expect(en.warnings[0].message).toBe(MESSAGE.en);
  });

  it.each([
    ['table', (lang: 'ko' | 'en') => formatTable(result, options({ lang })).replace(/\s+/g, ' ')],
    ['markdown', (lang: 'ko' | 'en') => formatMarkdown(result, options({ lang }))],
    ['html', (lang: 'ko' | 'en') => formatHtml(result, options({ lang })).replaceAll('&quot;', '"')],
  ])('%s', (_name, format) => {
    const ko = format('ko');
    expect(ko).toContain('존재하지 않는 날짜입니다');
    expect(ko).toContain('열이 없어 이 파일에서는 x 규칙을 평가하지 않았습니다');
    expect(ko).not.toContain('is not a valid date');
    expect(ko).toContain('only in English');
    const en = format('en');
    expect(en).toContain('is not a valid date');
    expect(en).toContain('not evaluated for this file');
    expect(en).not.toContain('존재하지 않는 날짜');
  });
});
