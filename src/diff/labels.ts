/** The words of the diff report in Korean and English, and the cells every format shares. */
import type { Lang } from '../model/rule.js';
import { formatDuration, formatPercent } from '../format/index.js';
import { formatAggregateValue } from '../report/i18n.js';
import { findRule } from '../rules/index.js';
import type { ReportAggregate, ReportRule, ReportViolation } from './report.js';

export interface DiffLabels {
  title: string;
  before: string;
  after: string;
  asOf: string;
  period: string;
  inputs: string;
  flipped: (n: number) => string;
  none: string;
  rules: string;
  rule: string;
  violations: string;
  pending: string;
  compliance: string;
  appeared: string;
  disappeared: string;
  changed: string;
  aggregates: string;
  record: string;
  line: string;
  file: string;
  department: string;
  deadline: string;
  over: string;
  open: string;
  value: string;
  verdict: string;
  pass: string;
  fail: string;
  absent: string;
}

const en: DiffLabels = {
  title: 'What changed between two audit reports',
  before: 'Before',
  after: 'After',
  asOf: 'As of',
  period: 'Period',
  inputs: 'Inputs (same in both)',
  flipped: (n) => (n === 0 ? 'No verdict flipped' : `${n} verdict${n === 1 ? '' : 's'} flipped`),
  none: 'none',
  rules: 'Per rule, before → after',
  rule: 'Rule',
  violations: 'Violations',
  pending: 'Pending',
  compliance: 'Compliance',
  appeared: 'Violations that appeared',
  disappeared: 'Violations that disappeared',
  changed: 'Violations whose deadline or lateness changed',
  aggregates: 'Aggregates whose verdict flipped',
  record: 'Record',
  line: 'Line',
  file: 'File',
  department: 'Department',
  deadline: 'Deadline',
  over: 'Over by',
  open: 'open',
  value: 'Value',
  verdict: 'Verdict',
  pass: 'pass',
  fail: 'fail',
  absent: '—',
};

const ko: DiffLabels = {
  title: '두 점검 보고서 사이에 바뀐 것',
  before: '이전',
  after: '이후',
  asOf: '기준 시각',
  period: '점검 기간',
  inputs: '입력 파일 (양쪽 동일)',
  flipped: (n) => (n === 0 ? '판정이 바뀐 건 없음' : `판정이 바뀐 건 ${n}건`),
  none: '없음',
  rules: '규칙별 이전 → 이후',
  rule: '규칙',
  violations: '위반',
  pending: '대기',
  compliance: '준수율',
  appeared: '새로 생긴 위반',
  disappeared: '사라진 위반',
  changed: '기한이나 초과 시간이 바뀐 위반',
  aggregates: '판정이 바뀐 집계',
  record: '건',
  line: '행',
  file: '파일',
  department: '부서',
  deadline: '기한',
  over: '초과',
  open: '미처리',
  value: '값',
  verdict: '판정',
  pass: '충족',
  fail: '미달',
  absent: '—',
};

/** @example diffLabels('ko').appeared // => '새로 생긴 위반' */
export function diffLabels(lang: Lang): DiffLabels {
  return lang === 'ko' ? ko : en;
}

/** `a → b`, or just `a` when nothing moved. @example arrow('3', '3') // => '3' */
export function arrow(a: string, b: string): string {
  return a === b ? a : `${a} → ${b}`;
}

/** A deadline as `YYYY-MM-DD HH:mm` (from the report's ISO text). @example shortTime('2025-01-27T12:00:00+09:00') // => '2025-01-27 12:00' */
export function shortTime(iso: string | null): string {
  if (iso === null) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== ':00' ? m[3] : ''}`;
}

/** Lateness of a violation, `open` marked. */
export function overText(v: ReportViolation, lang: Lang): string {
  const t = diffLabels(lang);
  const over = v.overWorkingSeconds === null ? '—' : formatDuration(v.overWorkingSeconds, lang);
  return v.open ? `${over} (${t.open})` : over;
}

/** A rule's count or rate before → after. */
export function ruleCells(
  before: ReportRule | null,
  after: ReportRule | null,
): { violations: string; pending: string; compliance: string } {
  const num = (r: ReportRule | null, k: 'violations' | 'pending') => (r ? String(r[k]) : '—');
  const rate = (r: ReportRule | null) => (r ? formatPercent(r.complianceRate) : '—');
  return {
    violations: arrow(num(before, 'violations'), num(after, 'violations')),
    pending: arrow(num(before, 'pending'), num(after, 'pending')),
    compliance: arrow(rate(before), rate(after)),
  };
}

/** An aggregate's value and verdict, or `—` when the report has none for that period. */
export function aggregateCells(g: ReportAggregate | null, lang: Lang): { value: string; verdict: string } {
  const t = diffLabels(lang);
  if (!g) return { value: t.absent, verdict: t.absent };
  return {
    value: formatAggregateValue(findRule(g.rule)?.meta.unit ?? 'rate', g.value, lang),
    verdict: g.passed ? t.pass : t.fail,
  };
}
