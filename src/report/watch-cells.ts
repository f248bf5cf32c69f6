/**
 * The watch list and the allowance-use bands as rows of cells for the spreadsheet formats: the
 * CSV's extra tables and the workbook's sheets have the same columns, in `--lang`.
 */
import { formatDuration } from '../format/index.js';
import type { RuleSummary, WatchItem } from '../model/result.js';
import type { Lang } from '../model/rule.js';
import { ruleTitle } from './layout.js';
import type { FormatOptions } from './types.js';
import { bandCounts, watchLabels } from './watch.js';

const WATCH_HEADERS: Record<Lang, readonly string[]> = {
  en: [
    'rule',
    'title',
    'record_id',
    'department',
    'file',
    'line',
    'start_kst',
    'deadline_kst',
    'basis',
    'allowed_working_seconds',
    'elapsed_working_seconds',
    'remaining_working_seconds',
    'remaining',
  ],
  ko: [
    '규칙',
    '규칙명',
    '레코드 번호',
    '부서',
    '파일',
    '행',
    '시작일시(KST)',
    '처리기한(KST)',
    '기준',
    '허용 근무시간(초)',
    '소요 근무시간(초)',
    '남은 근무시간(초)',
    '남은 시간',
  ],
};

const BAND_HEADERS: Record<Lang, readonly string[]> = {
  en: [
    'rule',
    'title',
    'measured',
    'up_to_50',
    'over_50_to_75',
    'over_75_to_90',
    'over_90_to_100',
    'over_100',
    'share_up_to_50',
    'share_over_50_to_75',
    'share_over_75_to_90',
    'share_over_90_to_100',
    'share_over_100',
  ],
  ko: [
    '규칙',
    '규칙명',
    '측정 건수',
    '50% 이하',
    '50% 초과 75% 이하',
    '75% 초과 90% 이하',
    '90% 초과 100% 이하',
    '100% 초과',
    '비율 50% 이하',
    '비율 50% 초과 75% 이하',
    '비율 75% 초과 90% 이하',
    '비율 90% 초과 100% 이하',
    '비율 100% 초과',
  ],
};

/** The watch-list table's header names in `lang` (the CSV's table and the workbook's sheet). */
export function watchHeaders(lang: Lang): readonly string[] {
  return WATCH_HEADERS[lang];
}

/** The allowance-use table's header names in `lang`. */
export function bandHeaders(lang: Lang): readonly string[] {
  return BAND_HEADERS[lang];
}

/** A watch item's values in {@link watchHeaders} order; instants stay epoch seconds for the format to write. */
export function watchValues(w: WatchItem, o: FormatOptions): (string | number | null)[] {
  return [
    w.rule,
    ruleTitle(o.rules, w.rule, o.lang),
    w.recordId,
    w.department,
    w.file,
    w.line,
    w.start,
    w.deadline,
    watchLabels(o.lang).bases[w.basis],
    w.allowedWorkingSeconds,
    w.elapsedWorkingSeconds,
    w.remainingWorkingSeconds,
    formatDuration(w.remainingWorkingSeconds, o.lang),
  ];
}

/**
 * A rule's allowance use in {@link bandHeaders} order: rule, title, measured, the five counts,
 * then the five shares as fractions (null when nothing was measured).
 */
export function bandValues(r: RuleSummary & { allowanceUse: NonNullable<RuleSummary['allowanceUse']> }, o: FormatOptions) {
  const { counts, total } = bandCounts(r.allowanceUse);
  return {
    head: [r.id, ruleTitle(o.rules, r.id, o.lang), total] as const,
    counts,
    shares: counts.map((c) => (total === 0 ? null : c / total)),
  };
}
