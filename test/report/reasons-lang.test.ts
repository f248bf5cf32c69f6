/**
 * Every format shows a rejected row's reason and a warning's message in `--lang`: the Korean text
 * when there is one, the English otherwise; the JSON `reason` / `message` hold the chosen text.
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
    reason: '지급일시 "2025-02-30 09:00" is not a valid date',
    reasonKo: '지급일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다',
  },
  { file: 'p.csv', line: 5, code: 'OLD_CODE', reason: 'only in English' },
];
const WARNINGS: Warning[] = [
  {
    file: 'p.csv',
    line: null,
    code: 'RULE_SKIPPED',
    message: 'x not evaluated for this file: missing column(s) paid_at',
    messageKo: '지급일시(paid_at) 열이 없어 이 파일에서는 x 규칙을 평가하지 않았습니다',
  },
];
const result = sampleResult({ rejected: REJECTED, warnings: WARNINGS });

describe('reasons and warnings in the chosen language', () => {
  it('the helpers fall back to English when no Korean is given', () => {
    expect(rejectionReason(REJECTED[0]!, 'ko')).toBe(REJECTED[0]!.reasonKo);
    expect(rejectionReason(REJECTED[0]!, 'en')).toBe(REJECTED[0]!.reason);
    expect(rejectionReason(REJECTED[1]!, 'ko')).toBe('only in English');
    expect(warningMessage(WARNINGS[0]!, 'ko')).toBe(WARNINGS[0]!.messageKo);
    expect(warningMessage(WARNINGS[0]!, 'en')).toBe(WARNINGS[0]!.message);
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
      },
      { file: 'p.csv', line: 5, code: 'OLD_CODE', column: null, value: null, reason: 'only in English' },
    ]);
    expect(ko.warnings).toEqual([{ file: 'p.csv', line: null, code: 'RULE_SKIPPED', message: WARNINGS[0]!.messageKo }]);
    const en = JSON.parse(formatJson(result, { lang: 'en' }));
    expect(en.rejected[0].reason).toBe(REJECTED[0]!.reason);
    expect(en.warnings[0].message).toBe(WARNINGS[0]!.message);
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
