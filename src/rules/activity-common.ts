/**
 * The one judge behind the periodic-duty rules (the `activities` export): per period of the
 * duty (year, half, quarter, week), and per region when the duty is regional, were enough
 * activities of the type held in it, and — when the charter says the results are made public —
 * was one of them published in time?
 *
 * Which periods are judged:
 * - the judged span is the audited period (`--from`/`--to`, `--quarter`); an open end takes the
 *   whole period of the export's first (or last) activity of any type;
 * - a period wholly inside the span is judged once it has ended by `asOf` (then: passed or a
 *   violation of that period); before that it is pending, unless its duty is already met (passed);
 * - a period only partly inside the span is passed when its duty is met by what the audit sees,
 *   and otherwise not judged (the rows outside the audited period are not read): a note names it.
 *
 * A missing activity has no row: its violation points at the header line of the activities
 * export, with the period (and region) as its record id. A survey or self-evaluation held but not
 * published in time points at its own row.
 */
import { type DayNumber, type Instant, dayStart, formatDay, kstDay } from '../calendar/kst.js';
import { CalendarRangeError } from '../model/calendar.js';
import type { ActivityRecord, AnyRecord } from '../model/records.js';
import type { DutyActivity, DutyPeriodRef } from '../model/messages.js';
import type { DeferredFinding, FinishResult, Pass, RuleContext, RuleInstance, RuleNote } from '../model/rule.js';
import { ACTIVITY_WORDS, periodName } from '../messages/activities.js';
import { type DutyPeriod, type DutySpan, periodOf, periodsBetween } from './activity-periods.js';
import { type OptionSpec, missingFinding } from './shared.js';
import { words } from './finding-words.js';

/** What one periodic duty asks. */
export interface Duty {
  /** The activity (its words are the catalog's `ACTIVITY_WORDS`). */
  type: DutyActivity;
  span: DutySpan;
  /** Activities needed in each period (per region when `regions` is set). */
  count: number;
  /** Calendar days after the period's last day by which the results must be published; null: no publishing duty. */
  publishGraceDays: number | null;
  /**
   * A regional duty: the regions expected (empty: every region named on a row of this type in the
   * audit, so a region that held one in some year is expected in every year). Null: one duty for the office.
   */
  regions: readonly string[] | null;
  /** Weekly duties: a week without a working day needs none. */
  workingWeeksOnly?: boolean;
}

/** The option spec of a publishing grace. */
export const GRACE_SPEC: OptionSpec = {
  type: 'number',
  min: 0,
  integer: true,
  description: "calendar days after the period's last day by which the results must be published (published_at)",
};

/**
 * The option spec of an activity count per period.
 *
 * @example countSpec('surveys held a year') // => { type: 'number', min: 1, integer: true, description: 'surveys held a year' }
 */
export function countSpec(description: string): OptionSpec {
  return { type: 'number', min: 1, integer: true, description };
}

interface Held {
  day: DayNumber;
  publishedAt: Instant | null;
  record: ActivityRecord;
}

const byDay = (a: Held, b: Held): number => a.day - b.day || a.record.line - b.record.line;

/**
 * The rule instance that judges `duty` over the activities export.
 *
 * @example dutyInstance(context, { type: 'complaint-survey', span: 'half', count: 1, publishGraceDays: null, regions: null })
 */
export function dutyInstance(context: RuleContext, duty: Duty): RuleInstance<'activities'> {
  const held: Held[] = [];
  const regionsSeen = new Set<string>();
  let first: DayNumber | null = null;
  let last: DayNumber | null = null;
  let unplaced = 0;
  const notJudged: DutyPeriodRef[] = [];
  const pendingWhy: (DutyPeriodRef & { until: 'period' | 'publish'; day: string })[] = [];
  let where: { file: string; line: number } | null = null;
  const input = context.inputs?.find((i) => i.kind === 'activities');
  if (input) where = { file: input.file, line: input.headerLine };

  /** Judges every period once, whichever the engine asks for first: the verdicts or the notes about them. */
  const decide = (): FinishResult => {
    const findings: DeferredFinding[] = [];
    const passes: Pass[] = [];
    const pending: Pass[] = [];
    const { period } = context;
    const asOfDay = kstDay(context.asOf);
    const from = period.from ?? (first === null ? null : periodOf(first, duty.span).from);
    const to = period.to ?? periodOf(last ?? asOfDay, duty.span).to;
    if (from === null || where === null || to < from) return {};
    const regions: (string | null)[] =
      duty.regions === null ? [null] : duty.regions.length > 0 ? [...duty.regions] : [...regionsSeen].sort();
    held.sort(byDay);
    for (const p of periodsBetween(from, to, duty.span)) {
      const whole = p.from >= from && p.to <= to;
      if (duty.workingWeeksOnly) {
        const working = hasWorkingDay(context, p);
        if (working === null) {
          notJudged.push({ key: p.key, region: null });
          continue;
        }
        if (!working) continue;
      }
      for (const region of regions) {
        const mine = held.filter((h) => h.day >= p.from && h.day <= p.to && (region === null || h.record.department === region));
        const start = dayStart(p.from);
        const verdict = judge(context, duty, p, region, mine, whole, where);
        if (verdict === 'pass') passes.push({ start, department: region });
        else if (verdict === 'not-judged') notJudged.push({ key: p.key, region });
        else if ('until' in verdict) {
          pending.push({ start, department: region });
          pendingWhy.push({ key: p.key, region, ...verdict });
        } else findings.push(verdict);
      }
    }
    return { findings, passes, pending };
  };
  const describeNotes = (): RuleNote[] => {
    const notes: RuleNote[] = [];
    if (where === null) return notes;
    if (notJudged.length > 0) {
      notes.push({
        file: where.file,
        line: null,
        code: 'DUTY_PERIOD_NOT_JUDGED',
        data: { activity: duty.type, span: duty.span, periods: notJudged },
      });
    }
    if (pendingWhy.length > 0) {
      notes.push({
        file: where.file,
        line: null,
        code: 'DUTY_PERIOD_PENDING',
        data: { activity: duty.type, periods: pendingWhy },
      });
    }
    if (unplaced > 0) {
      notes.push({
        file: where.file,
        line: null,
        code: 'DUTY_WITHOUT_REGION',
        data: { activity: duty.type, rows: unplaced },
      });
    }
    return notes;
  };
  let verdicts: FinishResult | null = null;
  const judged = (): FinishResult => (verdicts ??= decide());

  return {
    observe(record: AnyRecord) {
      if (record.kind !== 'activities') return;
      const day = kstDay(record.date);
      if (first === null || day < first) first = day;
      if (last === null || day > last) last = day;
      where ??= { file: record.file, line: 1 };
      if (record.type !== duty.type) return;
      if (record.department !== null) regionsSeen.add(record.department);
      if (duty.regions !== null && record.department === null) {
        unplaced++;
        return;
      }
      held.push({ day, publishedAt: record.publishedAt, record });
    },
    finish() {
      return judged();
    },
    notes() {
      judged();
      return describeNotes();
    },
  };
}

/** True when the week has a working day; null when its holiday data is not loaded. */
function hasWorkingDay(context: RuleContext, p: DutyPeriod): boolean | null {
  try {
    for (let d = p.from; d <= p.to; d++) if (context.calendar.isWorkingDay(d)) return true;
    return false;
  } catch (err) {
    if (err instanceof CalendarRangeError) return null;
    throw err;
  }
}

/** Pending: the period (or the publishing deadline) is not over at `asOf`; `day` is its last day. */
type Verdict = 'pass' | { until: 'period' | 'publish'; day: string } | 'not-judged' | DeferredFinding;

/** One period (and region): passed, pending, not judged, or the violation. */
function judge(
  context: RuleContext,
  duty: Duty,
  p: DutyPeriod,
  region: string | null,
  mine: readonly Held[],
  whole: boolean,
  where: { file: string; line: number },
): Verdict {
  const start = dayStart(p.from);
  const end = dayStart(p.to + 1);
  if (mine.length >= duty.count) {
    if (duty.publishGraceDays === null) return 'pass';
    const deadline = dayStart(p.to + 1 + duty.publishGraceDays);
    if (mine.some((h) => h.publishedAt !== null && h.publishedAt < deadline)) return 'pass';
    const by = formatDay(p.to + duty.publishGraceDays);
    if (!whole) return 'not-judged';
    if (context.asOf < deadline) return { until: 'publish', day: by };
    const h = mine[mine.length - 1]!;
    const late = h.publishedAt !== null;
    const f = missingFinding(start, h.publishedAt, late ? 'published-late' : 'not-published', {
      span: duty.span,
      from: p.from,
      region,
      held: h.day,
      published: late ? kstDay(h.publishedAt!) : null,
      by: p.to + duty.publishGraceDays,
    });
    return { ...f, deadline, file: h.record.file, line: h.record.line, recordId: h.record.id, department: h.record.department };
  }
  if (!whole) return 'not-judged';
  if (context.asOf < end) return { until: 'period', day: formatDay(p.to) };
  const f = missingFinding(start, null, 'missing', {
    span: duty.span,
    from: p.from,
    region,
    held: mine.length,
    count: duty.count,
  });
  const recordId = region === null ? p.key : `${p.key} ${region}`;
  return { ...f, deadline: end, file: where.file, line: where.line, recordId, department: region };
}

/** The data of a duty's findings: the period (its first day and span) and the region. */
interface DutyData {
  [key: string]: string | number | null;
  span: DutySpan;
  from: DayNumber;
  region: string | null;
}

const label = (d: DutyData, lang: 'en' | 'ko') => periodName(periodOf(d.from, d.span), lang);
const inRegion = (d: DutyData, lang: 'en' | 'ko') =>
  d.region === null ? '' : lang === 'en' ? ` in ${d.region}` : ` ${d.region}`;

/**
 * The `meta.messages` of a periodic duty whose activity is `type`: a period without enough
 * activities (`missing`), and results published late or not at all.
 *
 * @example dutyMessages('self-evaluation').missing.en({ span: 'year', from: daysFromCivil(2025, 1, 1), region: null, held: 0, count: 1 }) // => 'no self-evaluation in 2025: 0 held, 1 expected'
 */
export function dutyMessages(type: DutyActivity) {
  const what = ACTIVITY_WORDS[type];
  return {
    missing: words<DutyData & { held: number; count: number }>({
      en: (d) => `no ${what.en}${inRegion(d, 'en')} in ${label(d, 'en')}: ${d.held} held, ${d.count} expected`,
      ko: (d) => `${label(d, 'ko')}${inRegion(d, 'ko')} ${what.ko} 미실시: ${d.held}회 실시, ${d.count}회 이상 필요`,
    }),
    'published-late': words<DutyData & { held: DayNumber; published: DayNumber; by: DayNumber }>({
      en: (d) =>
        `${what.en}${inRegion(d, 'en')} of ${label(d, 'en')} held on ${formatDay(d.held)}, results published on ${formatDay(d.published)}, after ${formatDay(d.by)}`,
      ko: (d) =>
        `${label(d, 'ko')}${inRegion(d, 'ko')} ${what.ko}(${formatDay(d.held)} 실시) 결과 공개 ${formatDay(d.published)}, 기한 ${formatDay(d.by)} 경과`,
    }),
    'not-published': words<DutyData & { held: DayNumber; by: DayNumber }>({
      en: (d) =>
        `${what.en}${inRegion(d, 'en')} of ${label(d, 'en')} held on ${formatDay(d.held)}, results not published by ${formatDay(d.by)} (no published_at)`,
      ko: (d) =>
        `${label(d, 'ko')}${inRegion(d, 'ko')} ${what.ko}(${formatDay(d.held)} 실시) 결과를 ${formatDay(d.by)}까지 공개하지 않음(공개일 없음)`,
    }),
  };
}

/** Sample data of {@link dutyMessages}. */
export const DUTY_EXAMPLES = {
  missing: { span: 'week', from: 20_268, region: '서울', held: 0, count: 1 },
  'published-late': { span: 'half', from: 20_089, region: null, held: 20_100, published: 20_300, by: 20_280 },
  'not-published': { span: 'year', from: 20_089, region: '부산', held: 20_100, published: null, by: 20_480 },
} as const;
