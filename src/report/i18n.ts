/**
 * Every label the human formats print, in Korean and English (`--lang ko|en`), and the wording
 * of working-time durations.
 */
import {
  formatCount,
  formatDuration,
  formatOneDecimal,
  formatPercent,
  formatQuantity,
  formatWorkingDays,
} from '../format/index.js';
import { renderMessage } from '../messages/catalog.js';
import { KIND_KO } from '../model/records.js';
import { type GroupBy, NO_DEPARTMENT, type Rejection, type RuleSummary, type Warning } from '../model/result.js';
import type { Lang, MeasureUnit, RuleMeta } from '../model/rule.js';

const ko = {
  reportTitle: '조달서비스 이행실태 자체평가',
  reportSubtitle: '조달서비스헌장 처리기한 점검 결과',
  period: '점검 기간',
  periodOpen: '전체',
  asOf: '기준 시각',
  inputs: '입력 파일',
  calendar: '근무 달력',
  workingHours: '근무시간',
  holidayYears: '공휴일 자료 연도',
  timezone: '시간대',
  file: '파일',
  kind: '종류',
  encoding: '인코딩',
  rows: '행 수',
  outOfPeriod: '기간 외',
  summaryRows: '합계 행',
  summary: '규칙별 요약',
  rule: '규칙',
  title: '규칙명',
  clause: '헌장 조항',
  basis: '근거',
  severity: '심각도',
  evaluated: '평가',
  passed: '준수',
  violations: '위반',
  pending: '진행 중',
  compliance: '준수율',
  target: '기준',
  result: '판정',
  pass: '적합',
  fail: '부적합',
  notEvaluated: '미평가',
  notEvaluatedReasons: '평가하지 못한 규칙',
  /** Narrow column heads for the one-line-per-rule terminal summary. */
  short: {
    evaluated: '평가',
    violations: '위반',
    pending: '진행',
    compliance: '준수율',
    notEvaluated: '미평가',
    previous: '전 분기',
    current: '이번 분기',
  },
  aggregates: '기간별 지표',
  aggregatePeriod: '기간',
  value: '실적',
  worst: '기한 초과가 큰 위반',
  findings: '위반 내역',
  showing: (shown: number, total: number) => `전체 ${total}건 중 ${shown}건 표시`,
  allShown: (total: number) => `전체 ${total}건`,
  belowTarget: (below: number, of: number) => `${formatCount(of)}개 중 ${formatCount(below)}개 미달`,
  record: '레코드',
  recordId: '레코드 번호',
  department: '부서',
  start: '시작',
  deadline: '기한',
  completion: '완료',
  open: '미완료',
  notDone: '미이행',
  late: '초과',
  lateBy: (d: string) => `${d} 초과`,
  message: '내용',
  line: '행',
  breakdown: '구분별 집계',
  groupNames: { month: '월별', quarter: '분기별', department: '부서별' } satisfies Record<GroupBy, string>,
  group: '구분',
  comparison: '전 분기 대비',
  previous: '전 분기',
  current: '이번 분기',
  change: '증감',
  rejected: '처리하지 못한 행',
  rejectedCount: (n: number) => `처리하지 못한 행 ${n}건`,
  reason: '사유',
  code: '코드',
  andMore: (n: number) => `외 ${n}건`,
  warnings: '경고',
  noViolations: '위반 사항이 없습니다.',
  noData: '자료 없음',
  rowsEvaluated: '평가한 행',
  checksMade: '판정 수 (규칙×행, 월별 지표)',
  totalViolations: '위반 건수',
  overallCompliance: '전체 준수율',
  failingRules: '부적합 규칙 / 평가 규칙',
  measuresBelowTarget: '미달 지표 / 판정한 지표',
  counts: '산출 근거',
  rejectedRows: '처리하지 못한 행',
  chartCompliance: '규칙별 준수율',
  chartTrend: '규칙별 월간 준수율 추이',
  chartDepartments: '부서별 위반 건수',
  targetLine: (t: string) => `목표 ${t}`,
  seconds: '초',
  yes: '예',
  no: '아니오',
  severities: { error: '오류', warning: '경고' },
  bases: { charter: '조달서비스헌장', KS: 'KS 콜센터 서비스 표준', law: '법령' },
  kinds: KIND_KO,
  generatedBy: 'charter-audit 생성',
  timesNote:
    '시각은 모두 한국 표준시(KST, UTC+09:00)이며, 기간은 근무시간(09:00–12:00, 13:00–18:00, 토·일·공휴일 제외) 기준입니다.',
  /** The audit command's closing lines on stderr. */
  stderr: {
    rowsRejected: (n: number) => `처리하지 못한 행 ${n}건`,
    listedInReport: ' (보고서에 목록이 있습니다)',
    listWithJson: '; 목록은 --format json으로 실행해 확인하세요',
    first: '첫 행',
    warning: '경고',
    moreWarnings: (n: number) => `… 경고 ${n}건 더 있음`,
    /** `measuresBelowTarget` is null when no periodic measure was judged (no calls audited). */
    wrote: (
      file: string,
      format: string,
      evaluated: number,
      violations: number,
      measuresBelowTarget: number | null,
      rejected: number,
    ) =>
      `${file}에 ${format} 보고서를 썼습니다: 평가한 행 ${formatCount(evaluated)}, 위반 ${formatCount(violations)}건, ` +
      (measuresBelowTarget === null ? '' : `미달 지표 ${formatCount(measuresBelowTarget)}건, `) +
      `처리하지 못한 행 ${formatCount(rejected)}`,
    noDataRows: (file: string) => `${file}: 데이터 행이 없습니다 (머리글만 있음)`,
  },
  explain: {
    heading: (id: string, rule: string) => `레코드 ${id} — ${rule}`,
    source: '출처',
    received: '시작(접수) 시각',
    clockStart: '기산 시각(첫 근무시간)',
    sameAsStart: '근무시간 중 접수, 접수 시각부터 계산',
    allowed: '허용 처리기간',
    dayBased: '일 단위 기간(접수일이 근무일이면 1일째로 산입)',
    skipped: '제외된 비근무일',
    none: '없음',
    weekend: '주말',
    pauses: '보완 기간(처리기간에 산입하지 않음)',
    deadline: '처리기한',
    completed: '완료 시각',
    stillOpen: '미완료 (기준 시각에 판정)',
    elapsed: '소요 근무시간',
    over: '기한 초과',
    message: '판정',
    outcome: { pass: '준수', pending: '진행 중(기한 미도래)' },
    margin: '기한까지 남은 근무시간',
    noDeadline: '잴 기한이 없는 규칙: 기준을 충족함',
    nothingFor: (id: string) => `레코드 ID "${id}"인 행이 없거나, 해당 행에 적용되는 규칙이 없습니다`,
  },
};

export type Labels = typeof ko;

const en: Labels = {
  reportTitle: 'Procurement service charter self-evaluation',
  reportSubtitle: 'Charter deadline audit (조달서비스헌장)',
  period: 'Period',
  periodOpen: 'all',
  asOf: 'As of',
  inputs: 'Inputs',
  calendar: 'Working calendar',
  workingHours: 'Working hours',
  holidayYears: 'Holiday data years',
  timezone: 'Time zone',
  file: 'File',
  kind: 'Kind',
  encoding: 'Encoding',
  rows: 'Rows',
  outOfPeriod: 'Out of period',
  summaryRows: 'total rows',
  summary: 'Summary by rule',
  rule: 'Rule',
  title: 'Title',
  clause: 'Charter clause',
  basis: 'Basis',
  severity: 'Severity',
  evaluated: 'Evaluated',
  passed: 'Passed',
  violations: 'Violations',
  pending: 'Pending',
  compliance: 'Compliance',
  target: 'Target',
  result: 'Result',
  pass: 'pass',
  fail: 'FAIL',
  notEvaluated: 'not evaluated',
  notEvaluatedReasons: 'Rules not evaluated',
  short: {
    evaluated: 'Eval.',
    violations: 'Viol.',
    pending: 'Pend.',
    compliance: 'Compl.',
    notEvaluated: 'n/a',
    previous: 'Prev. quarter',
    current: 'This quarter',
  },
  aggregates: 'Measures per period',
  aggregatePeriod: 'Period',
  value: 'Value',
  worst: 'Worst violations',
  findings: 'Findings',
  showing: (shown, total) => `showing ${shown} of ${total}`,
  allShown: (total) => `${total} in total`,
  belowTarget: (below, of) => `${formatCount(below)} of ${formatCount(of)} below target`,
  record: 'Record',
  recordId: 'Record id',
  department: 'Department',
  start: 'Start',
  deadline: 'Deadline',
  completion: 'Completed',
  open: 'open',
  notDone: 'not done',
  late: 'Late',
  lateBy: (d) => `${d} late`,
  message: 'Message',
  line: 'Line',
  breakdown: 'Breakdown',
  groupNames: { month: 'by month', quarter: 'by quarter', department: 'by department' },
  group: 'Group',
  comparison: 'Compared with the previous quarter',
  previous: 'Previous quarter',
  current: 'This quarter',
  change: 'Change',
  rejected: 'Rejected rows',
  rejectedCount: (n) => `${n} rejected row${n === 1 ? '' : 's'}`,
  reason: 'Reason',
  code: 'Code',
  andMore: (n) => `and ${n} more`,
  warnings: 'Warnings',
  noViolations: 'No violations.',
  noData: 'no data',
  rowsEvaluated: 'Rows evaluated',
  checksMade: 'Checks made (rule × row, monthly measures)',
  totalViolations: 'Violations',
  overallCompliance: 'Overall compliance',
  failingRules: 'Rules failing / judged',
  measuresBelowTarget: 'Measures below target / judged',
  counts: 'Counts',
  rejectedRows: 'Rejected rows',
  chartCompliance: 'Compliance by rule',
  chartTrend: 'Monthly compliance per rule',
  chartDepartments: 'Violations by department',
  targetLine: (t) => `target ${t}`,
  seconds: 's',
  yes: 'yes',
  no: 'no',
  severities: { error: 'error', warning: 'warning' },
  bases: { charter: 'PPS service charter', KS: 'KS call-centre standard', law: 'law' },
  kinds: { complaints: 'complaints', payments: 'payments', contracts: 'contracts', calls: 'calls', activities: 'activities' },
  generatedBy: 'generated by charter-audit',
  timesNote:
    'All times are Korea Standard Time (UTC+09:00); periods are working time (09:00–12:00, 13:00–18:00, weekends and public holidays excluded).',
  stderr: {
    rowsRejected: (n) => `${n} row${n === 1 ? '' : 's'} rejected`,
    listedInReport: ' (listed in the report)',
    listWithJson: '; run with --format json to list them',
    first: 'first',
    warning: 'warning',
    moreWarnings: (n) => `… and ${n} more warnings`,
    wrote: (file, format, evaluated, violations, measuresBelowTarget, rejected) =>
      `wrote ${file} (${format}): ${formatQuantity(evaluated, { en: 'row', ko: '행' }, 'en')} evaluated, ${formatQuantity(violations, { en: 'violation', ko: '건' }, 'en')}, ` +
      (measuresBelowTarget === null
        ? ''
        : `${formatQuantity(measuresBelowTarget, { en: 'measure', ko: '건' }, 'en')} below target, `) +
      `${formatQuantity(rejected, { en: 'rejected row', ko: '행' }, 'en')}`,
    noDataRows: (file) => `${file}: no data rows (only a header)`,
  },
  explain: {
    heading: (id, rule) => `Record ${id} — ${rule}`,
    source: 'Source',
    received: 'Start (received)',
    clockStart: 'Clock starts (first working instant)',
    sameAsStart: 'received during working hours, counted from receipt',
    allowed: 'Allowed',
    dayBased: 'day-based period (the day of receipt is day 1 when it is a working day)',
    skipped: 'Non-working days skipped',
    none: 'none',
    weekend: 'weekend',
    pauses: 'Supplement pauses (not counted)',
    deadline: 'Deadline',
    completed: 'Completed',
    stillOpen: 'open (judged at the as-of time)',
    elapsed: 'Working time used',
    over: 'Over the deadline by',
    message: 'Finding',
    outcome: { pass: 'passed', pending: 'pending (deadline not reached)' },
    margin: 'Working time left before the deadline',
    noDeadline: 'no deadline to measure: the record meets the rule',
    nothingFor: (id: string) => `no evaluated row has the record id "${id}", or no rule applies to it`,
  },
};

/**
 * How late a violation was, for people: working days for a day-based deadline (no allowance in
 * seconds; each started working day after the due day counts, at least 1), else working time.
 *
 * @example lateness({ allowedWorkingSeconds: null, overWorkingSeconds: 9 * 3600 }, 28800, 'en') // => '2 working days'
 * @example lateness({ allowedWorkingSeconds: 28800, overWorkingSeconds: 8100 }, 28800, 'ko') // => '2시간 15분'
 */
export function lateness(
  v: { allowedWorkingSeconds: number | null; overWorkingSeconds: number | null },
  secondsPerWorkingDay: number,
  lang: Lang,
): string {
  if (v.overWorkingSeconds === null) return '—';
  if (v.allowedWorkingSeconds === null && secondsPerWorkingDay > 0) {
    return formatWorkingDays(Math.max(1, Math.ceil(v.overWorkingSeconds / secondsPerWorkingDay)), lang);
  }
  return formatDuration(v.overWorkingSeconds, lang);
}

/**
 * A breakdown group for people: `(none)` (no department) in the report's language.
 *
 * @example groupLabel('(none)', 'ko') // => '(부서 없음)'
 * @example groupLabel('2025-03', 'ko') // => '2025-03'
 */
export function groupLabel(group: string, lang: Lang): string {
  return group === NO_DEPARTMENT ? (lang === 'ko' ? '(부서 없음)' : '(none)') : group;
}

/** The labels of one language. @example labels('en').violations // => 'Violations' */
export function labels(lang: Lang): Labels {
  return lang === 'ko' ? ko : en;
}

/**
 * A text that exists in English and maybe in Korean, in `lang` (English when the Korean is missing).
 *
 * @example inLang('is empty', '비어 있습니다', 'ko') // => '비어 있습니다'
 * @example inLang('is empty', undefined, 'ko') // => 'is empty'
 */
export function inLang(en: string, ko: string | undefined, lang: Lang): string {
  return lang === 'ko' && ko ? ko : en;
}

/**
 * A rejected row's reason in `lang`, worded by the catalog from its code and data.
 *
 * @example rejectionReason({ file: 'p.csv', line: 2, code: 'NUL_BYTE', data: { header: '부서' } }, 'ko') // => '부서 값에 NUL 바이트가 있습니다 (텍스트 파일 안의 바이너리 자료)'
 */
export function rejectionReason(r: Rejection, lang: Lang): string {
  return renderMessage(r, lang);
}

/**
 * A warning's message in `lang`, worded by the catalog from its code and data.
 *
 * @example warningMessage({ file: 'p.csv', line: 4, code: 'SUMMARY_ROW', data: {} }, 'en') // => 'a total/subtotal row: not a record, not checked'
 */
export function warningMessage(w: Warning, lang: Lang): string {
  return renderMessage(w, lang);
}

/**
 * Why a rule was not evaluated, in `lang` (null when it was), worded by the catalog from its code and data.
 *
 * @example notEvaluatedText({ notEvaluatedReason: { code: 'NOT_EVALUATED_OFF', data: {} } }, 'ko') // => '설정에서 끔'
 */
export function notEvaluatedText(r: Pick<RuleSummary, 'notEvaluatedReason'>, lang: Lang): string | null {
  return r.notEvaluatedReason ? renderMessage(r.notEvaluatedReason, lang) : null;
}

/**
 * The report language from the environment: Korean when `LC_ALL`, `LC_MESSAGES` or `LANG`
 * (first one set, POSIX precedence) starts with `ko`, otherwise English.
 *
 * @example defaultLang({ LANG: 'ko_KR.UTF-8' }) // => 'ko'
 * @example defaultLang({ LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }) // => 'en'
 */
export function defaultLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko(?:[_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}

/**
 * The unit an aggregate rule declares for its value (a rate unless it says otherwise).
 *
 * @example unitOf(new Map([['call.average-wait', { unit: 'seconds' }]]), 'call.average-wait') // => 'seconds'
 */
export function unitOf(rules: ReadonlyMap<string, Pick<RuleMeta, 'unit'>>, ruleId: string): MeasureUnit {
  return rules.get(ruleId)?.unit ?? 'rate';
}

/**
 * An aggregate value for people: a rate as a percentage, seconds as seconds.
 *
 * @example formatAggregateValue('seconds', 18.24, 'ko') // => '18.2초'
 */
export function formatAggregateValue(unit: MeasureUnit, value: number | null, lang: Lang): string {
  if (value === null) return '—';
  if (unit === 'rate') return formatPercent(value);
  return `${formatOneDecimal(value)}${lang === 'ko' ? '초' : 's'}`;
}
