/**
 * The two report sections of issue 14, shared by every human format: how much of its working-time
 * allowance each decided record used (bands per rule), and the watch list of open records due
 * within `--due-within`. Labels in both languages; figures through the one formatting module.
 */
import { type AllowanceUse, ALLOWANCE_BANDS, type AuditResult, type RuleSummary, type WatchItem } from '../model/result.js';
import type { Lang } from '../model/rule.js';
import { formatCount, formatDuration, formatInstantWithWeekday, formatPercent } from '../format/index.js';

const ko = {
  allowance: '허용 처리기간 사용률 (판정된 건)',
  allowanceNote:
    '근무시간 기준 규칙에서 준수·위반 건이 허용 근무시간을 얼마나 썼는지: 50% 이하, 50% 초과 75% 이하, 75% 초과 90% 이하, 90% 초과 100% 이하, 100% 초과(위반)',
  measured: '측정 건수',
  watch: (within: string) => `기한 임박 목록 (기준 시각부터 근무시간 ${within} 이내에 기한 도래)`,
  noneDue: (within: string) => `근무시간 ${within} 이내에 기한이 도래하는 미처리 건이 없습니다.`,
  remaining: '남은 근무시간',
  deadline: '기한',
  recordId: '레코드 번호',
  rule: '규칙',
  department: '부서',
  bases: { hours: '근무시간', days: '근무일' },
  sheetAllowance: '기한 사용률',
  sheetWatch: '기한 임박',
};

type Labels = typeof ko;

const en: Labels = {
  allowance: 'Allowance used (decided records)',
  allowanceNote:
    'Rules measured in working time: how much of the allowed working time passed and violated records used — ≤ 50%, (50%, 75%], (75%, 90%], (90%, 100%], over 100% (violations)',
  measured: 'Measured',
  watch: (within: string) => `Due soon (deadline within ${within} of working time after as-of)`,
  noneDue: (within: string) => `No open record is due within ${within} of working time.`,
  remaining: 'Working time left',
  deadline: 'Deadline',
  recordId: 'Record',
  rule: 'Rule',
  department: 'Department',
  bases: { hours: 'working hours', days: 'working days' },
  sheetAllowance: 'Allowance used',
  sheetWatch: 'Due soon',
};

/** The watch-list and allowance labels of one language. @example watchLabels('en').measured // => 'Measured' */
export function watchLabels(lang: Lang): Labels {
  return lang === 'ko' ? ko : en;
}

/**
 * The band heads, the same in both languages: the share of the allowance used.
 *
 * @example BAND_LABELS[1] // => '50–75%'
 */
export const BAND_LABELS: readonly string[] = ['≤ 50%', '50–75%', '75–90%', '90–100%', '> 100%'];

/** The rules that report allowance use, in rule order. */
export function allowanceRules(result: AuditResult): (RuleSummary & { allowanceUse: AllowanceUse })[] {
  return result.rules.filter((r): r is RuleSummary & { allowanceUse: AllowanceUse } => r.allowanceUse !== undefined);
}

/**
 * A rule's band counts in band order and their total.
 *
 * @example bandCounts({ upTo50: 1, upTo75: 0, upTo90: 2, upTo100: 0, over100: 1 }) // => { counts: [1, 0, 2, 0, 1], total: 4 }
 */
export function bandCounts(use: AllowanceUse): { counts: number[]; total: number } {
  const counts = ALLOWANCE_BANDS.map((b) => use[b.key]);
  return { counts, total: counts.reduce((a, b) => a + b, 0) };
}

/**
 * One band for people: the count and its share of the measured records.
 *
 * @example bandCell(1, 4) // => '1 (25.0%)'
 * @example bandCell(0, 0) // => '0'
 */
export function bandCell(count: number, total: number): string {
  return total === 0 || count === 0 ? formatCount(count) : `${formatCount(count)} (${formatPercent(count / total)})`;
}

/** `--due-within` as people read it. @example dueWithinText(28800, 'en') // => '8h' */
export function dueWithinText(seconds: number, lang: Lang): string {
  return formatDuration(seconds, lang);
}

/** A watch item's cells for the text formats: record, rule, department, deadline (with its weekday), time left. */
export function watchCells(
  w: WatchItem,
  lang: Lang,
): { recordId: string; rule: string; department: string; deadline: string; remaining: string } {
  return {
    recordId: w.recordId,
    rule: w.rule,
    department: w.department ?? '',
    deadline: formatInstantWithWeekday(w.deadline, lang),
    remaining: formatDuration(w.remainingWorkingSeconds, lang),
  };
}

/** A section as plain cells: its title, column heads, alignment and rows (the formats draw it). */
export interface SectionCells {
  title: string;
  head: string[];
  /** `r` for numbers. */
  align: ('l' | 'r')[];
  rows: string[][];
}

/**
 * The allowance-use section: one row per hours-based rule — the records measured, then each
 * band's count and share. Null when no rule reports allowance use.
 *
 * @example allowanceSection(result, 'en')?.head // => ['Rule', 'Measured', '≤ 50%', '50–75%', '75–90%', '90–100%', '> 100%']
 */
export function allowanceSection(result: AuditResult, lang: Lang): SectionCells | null {
  const rules = allowanceRules(result);
  if (rules.length === 0) return null;
  const t = watchLabels(lang);
  return {
    title: t.allowance,
    head: [t.rule, t.measured, ...BAND_LABELS],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: rules.map((r) => {
      const { counts, total } = bandCounts(r.allowanceUse);
      return [r.id, formatCount(total), ...counts.map((c) => bandCell(c, total))];
    }),
  };
}

/**
 * The watch-list section (`--due-within`): soonest first, at most `limit` items (null = all).
 * Null when the audit was not asked for one.
 */
export function watchSection(
  result: AuditResult,
  lang: Lang,
  limit: number | null,
): (SectionCells & { total: number; within: string }) | null {
  const watch = result.watch;
  if (!watch) return null;
  const t = watchLabels(lang);
  const items = limit === null ? watch.items : watch.items.slice(0, limit);
  const within = dueWithinText(watch.dueWithinWorkingSeconds, lang);
  return {
    title: t.watch(within),
    within,
    head: [t.remaining, t.deadline, t.recordId, t.rule, t.department],
    align: ['r', 'l', 'l', 'l', 'l'],
    rows: items.map((w) => {
      const c = watchCells(w, lang);
      return [c.remaining, c.deadline, c.recordId, c.rule, c.department || '—'];
    }),
    total: watch.items.length,
  };
}
