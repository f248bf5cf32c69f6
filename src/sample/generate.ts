/**
 * Per-kind row generators: pure, lazy, deterministic. Each yields rows of canonical values
 * (instants, numbers, canonical vocabulary) in the order of `COLUMNS[kind]`; presentation
 * (English or Korean, timestamp forms, encoding) is `render.ts`'s job. Memory is bounded by
 * one day's rows, whatever the total.
 */
import { type DayNumber, type Instant, civilFromDays, dayStart, daysFromCivil, kstDay } from '../calendar/kst.js';
import { type Kind, KINDS, columnsOf } from '../model/records.js';
import { activityRows } from './activities.js';
import { DEPARTMENTS, HOLD_REASONS, type Party, type Pools, contractNumber, createPools, departmentWeights } from './entities.js';
import { type LawCounters, lawColumns, lawCounters } from './law.js';
import { Rng } from './random.js';
import {
  WORK_SECONDS_PER_DAY,
  type WorkingDayTest,
  addWorkingSeconds,
  isWeekday,
  nthWorkingDay,
  workingDays,
} from './worktime.js';

/** One cell: an instant (for time columns), a number, a boolean, text, or empty. */
export type Cell = string | number | boolean | null;
export type Row = Cell[];

/** Years with holiday data (the `@hyunbinseo/holidays-kr` range the calendar loads). */
export const MIN_YEAR = 2018;
export const MAX_YEAR = 2027;

/** The seed's daily call volume: 961,321 consultations a year, 3,770 a working day. */
export const CALLS_PER_DAY = 3770;
/** The seed's topic mix (상담내용): 나라장터 59%, 물품 22%, 시설공사 13%, 비축/기타 6%. */
export const TOPICS = ['나라장터', '물품', '시설공사', '비축/기타'] as const;
export const TOPIC_WEIGHTS = [59, 22, 13, 6] as const;

/** Standard administrative days (표준행정소요일수) the contracts are generated against; the fixture config uses the same table. */
export const STANDARD_DAYS = { 'unit-price': 7, total: 15, 'total/construction': 30 } as const;

export interface GenerateOptions {
  kind: Kind;
  /** Exact number of data rows. */
  rows: number;
  /** Any 32-bit integer. */
  seed: number;
  /** First and last KST day of the period (inclusive); rows start on its working days. */
  from: DayNumber;
  to: DayNumber;
  /** Use only this many working days, evenly spaced over the period (default: all of them). */
  days?: number;
  /** Share of records generated to miss their deadline (calls: share of congested days). Default 0.05. */
  lateShare?: number;
  /** Calls: share of outbound care/happy calls. Default 0.01. */
  outboundShare?: number;
  /** The working-day test (the holiday calendar's `isWorkingDay`); default Monday–Friday. */
  isWorkingDay?: WorkingDayTest;
}

/**
 * True for exactly ⌊n·share⌋ of the indices 0…n−1, evenly spread: an exact, seed-free way to
 * make "a controlled share" of records late.
 *
 * @example [0, 1, 2, 3].filter((i) => spread(i, 0.5)) // => [1, 3]
 */
export function spread(i: number, share: number): boolean {
  return Math.floor((i + 1) * share) > Math.floor(i * share);
}

/** Hour-of-day weights: a morning peak, a lunch dip (calls only; the others skip 12–13). */
const CALL_HOURS = [9, 10, 11, 12, 13, 14, 15, 16, 17];
const CALL_HOUR_WEIGHTS = [12, 16, 14, 6, 10, 13, 12, 10, 7];
const WORK_HOURS = [9, 10, 11, 13, 14, 15, 16, 17];
const WORK_HOUR_WEIGHTS = [10, 16, 14, 12, 16, 14, 11, 7];

/** Sorted seconds-of-day for `k` arrivals on one day, at `step`-second resolution. */
function dayTimes(rng: Rng, k: number, hours: readonly number[], weights: readonly number[], step: number): Int32Array {
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) {
    const h = hours[rng.weighted(weights)] as number;
    out[i] = h * 3600 + rng.int(0, 3600 / step - 1) * step;
  }
  return out.sort();
}

/** The working days the rows fall on, and how many rows each gets. */
export function schedule(options: GenerateOptions): { days: DayNumber[]; counts: number[] } {
  const isWorkingDay = options.isWorkingDay ?? isWeekday;
  let days = workingDays(options.from, options.to, isWorkingDay);
  if (options.days !== undefined && options.days < days.length) {
    const all = days;
    const n = Math.max(1, options.days);
    days = Array.from({ length: n }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / n)] as DayNumber);
  }
  const counts = days.map(
    (_, i) => Math.floor(((i + 1) * options.rows) / days.length) - Math.floor((i * options.rows) / days.length),
  );
  return { days, counts };
}

/** Completions after the last year with holiday data stay open, so every row stays auditable. */
const HORIZON: Instant = dayStart(daysFromCivil(MAX_YEAR + 1, 1, 1));
const within = (t: Instant): Instant | null => (t < HORIZON ? t : null);

interface Context {
  o: Required<Pick<GenerateOptions, 'lateShare' | 'outboundShare'>> & GenerateOptions;
  rng: Rng;
  /**
   * A stream of its own for the law's complaint columns (issue 13: extensions, transfers,
   * further pauses, progress notices), so the columns generated before them are unchanged.
   */
  law: Rng;
  lawCounters: LawCounters;
  pools: Pools;
  work: WorkingDayTest;
  year: number;
  /** Department-phone calls so far (their late-ring share is exact). */
  departmentCalls: number;
  /** Call-centre inbound calls so far today (the abandon share is exact per day). */
  queueCallsToday: number;
  /** Call-centre waits over 20 s so far (the announcement-miss share is exact). */
  longWaits: number;
  /** Answered inbound calls so far (the call-back request share is exact). */
  answeredInbound: number;
  /** Call-back requests so far (the late share is exact). */
  callbacks: number;
}

/**
 * The rows of one synthetic export, lazily, in start-time order.
 *
 * @example [...generateRows({ kind: 'calls', rows: 3, seed: 1, from: 20153, to: 20153 })].length // => 3
 */
export function* generateRows(options: GenerateOptions): Generator<Row, void, undefined> {
  if (options.rows <= 0) return;
  if (options.kind === 'activities') {
    // A calendar of duties, not a volume of records: its own generator.
    yield* activityRows(options);
    return;
  }
  const { days, counts } = schedule(options);
  if (days.length === 0) return;
  const ctx: Context = {
    o: { lateShare: 0.05, outboundShare: 0.01, ...options },
    rng: Rng.create(options.seed, 2 + KINDS.indexOf(options.kind)),
    law: Rng.create(options.seed, 20 + KINDS.indexOf(options.kind)),
    lawCounters: lawCounters(),
    pools: createPools(options.seed),
    work: options.isWorkingDay ?? isWeekday,
    year: yearOf(options.from),
    departmentCalls: 0,
    queueCallsToday: 0,
    longWaits: 0,
    answeredInbound: 0,
    callbacks: 0,
  };
  let index = 0;
  for (let d = 0; d < days.length; d++) {
    const day = days[d] as DayNumber;
    const k = counts[d] as number;
    if (k === 0) continue;
    switch (options.kind) {
      case 'calls': {
        const congested = spread(d, ctx.o.lateShare);
        ctx.queueCallsToday = 0;
        const times = dayTimes(ctx.rng, k, CALL_HOURS, CALL_HOUR_WEIGHTS, 1);
        for (let i = 0; i < k; i++)
          yield withCallback(ctx, callRow(ctx, index++, dayStart(day) + (times[i] as number), congested));
        break;
      }
      case 'complaints': {
        const times = dayTimes(ctx.rng, k, WORK_HOURS, WORK_HOUR_WEIGHTS, 60);
        for (let i = 0; i < k; i++) yield complaintRow(ctx, index++, dayStart(day) + (times[i] as number));
        break;
      }
      case 'payments': {
        const times = dayTimes(ctx.rng, k, WORK_HOURS, WORK_HOUR_WEIGHTS, 1);
        for (let i = 0; i < k; i++) yield paymentRow(ctx, index++, dayStart(day) + (times[i] as number));
        break;
      }
      case 'contracts': {
        const times = dayTimes(ctx.rng, k, WORK_HOURS, WORK_HOUR_WEIGHTS, 1);
        for (let i = 0; i < k; i++) yield contractRow(ctx, index++, dayStart(day) + (times[i] as number));
        break;
      }
    }
  }
}

/** The KST year of a day. @example yearOf(20089) // => 2025 */
export function yearOf(day: DayNumber): number {
  return civilFromDays(day).year;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/**
 * The queue wait: Erlang-4 (a sum of four exponentials) with the given mean. A bare exponential
 * with a 12 s mean leaves only 81% of calls within 20 s — with the abandons, a KS-certified
 * centre (≥ 80% within 20 s) would fail every month; Erlang-4 keeps the mean and gives ~90%.
 */
function queueWait(rng: Rng, mean: number): number {
  const m = mean / 4;
  return rng.exponential(m) + rng.exponential(m) + rng.exponential(m) + rng.exponential(m);
}

// ─── calls ──────────────────────────────────────────────────────────────────────────────

/**
 * Normal days: mean wait 12 s, 4% abandoned; congested days (나라장터 마감 폭주): 40 s, 15% —
 * about 4.5% over a year. Abandons are an exact, evenly spread share of each day's queue calls,
 * so a month of normal days keeps the charter's 95% answer rate even in a small sample.
 */
const WAIT_MEAN = [12, 40] as const;
const ABANDON = [0.04, 0.15] as const;
/** Share of inbound calls put through to a department phone rather than the call centre queue. */
const DEPARTMENT_SHARE = 0.04;
/** Share of department calls answered after the third ring (exact, evenly spread). */
const LATE_RINGS = 0.12;
/** Share of long waits where the expected-wait announcement did not play (exact, evenly spread). */
const ANNOUNCEMENT_MISS = 0.03;
const AGENTS = 37;

/** Share of answered inbound calls where the handler was away and a call-back was asked for. */
const CALLBACK_SHARE = 1 / 12;
/** Share of call-backs made only after the end of the working day (exact, evenly spread). */
const LATE_CALLBACKS = 0.2;

/**
 * Appends `callback_requested_at` and `callback_at` (issue 14) without drawing from the random
 * stream, so the columns before them are unchanged: an exact share of answered inbound calls
 * asks for a call-back a minute after the answer; most are called back 40 working minutes later,
 * an exact share 9 working hours later (always past the end of that working day).
 */
function withCallback(ctx: Context, row: Row): Row {
  const answered = row[2];
  if (row[6] !== 'inbound' || typeof answered !== 'number' || !spread(ctx.answeredInbound++, CALLBACK_SHARE))
    return [...row, null, null];
  const requested = answered + 60;
  const late = spread(ctx.callbacks++, LATE_CALLBACKS);
  return [...row, requested, within(addWorkingSeconds(requested, late ? 9 * 3600 : 40 * 60, ctx.work))];
}

/**
 * `party_id` of a 진정·건의 (issue 14), drawn from no random stream: the care-call targets in
 * turn (repeat suppliers and agencies), so the calls export's outbound care calls to them answer
 * some complaints and not others. Other complaints carry no party id.
 */
function complainant(ctx: Context, i: number, type: string): string | null {
  if (type !== 'petition' && type !== 'suggestion') return null;
  const pool = ctx.pools.careTargets;
  return pool.length === 0 ? null : (pool[i % pool.length] as Party).id;
}

function callRow(ctx: Context, i: number, arrived: Instant, congested: boolean): Row {
  const { rng, pools, year } = ctx;
  const id = `${pad(year % 100, 2)}${pad(i + 1, 8)}`;
  const topic = TOPICS[rng.weighted(TOPIC_WEIGHTS)] as string;
  const agent = `A${pad(rng.int(1, AGENTS), 3)}`;
  if (rng.chance(ctx.o.outboundShare)) {
    // Outbound care/happy call: dialled by an agent, connected within a few seconds.
    const care = rng.chance(0.75);
    const party: Party = care
      ? (pools.careTargets[i % Math.max(1, pools.careTargets.length)] ?? (pools.agencies[0] as Party))
      : rng.chance(0.5)
        ? rng.pick(pools.agencies)
        : rng.pick(pools.suppliers);
    const contractId = care ? null : contractNumber(year, rng.chance(0.7) ? 'TA' : 'BK', rng.int(1, 500));
    const reached = rng.chance(0.9);
    const wait = rng.int(3, 18);
    const topicOut = care ? (rng.chance(0.6) ? '물품' : '시설공사') : '물품';
    return [
      id,
      arrived,
      reached ? arrived + wait : null,
      wait,
      null,
      'callcenter',
      'outbound',
      care ? 'care' : 'happy',
      party.id,
      contractId,
      null,
      topicOut,
      agent,
    ];
  }
  if (rng.chance(DEPARTMENT_SHARE)) {
    // Department phone: rings, no queue announcement.
    const rings = spread(ctx.departmentCalls++, LATE_RINGS) ? rng.int(4, 7) : 1 + rng.weighted([5, 4, 2]);
    const wait = rings * 5 - rng.int(0, 4);
    const answered = !rng.chance(0.02);
    return [
      id,
      arrived,
      answered ? arrived + wait : null,
      wait,
      rings,
      'department',
      'inbound',
      null,
      null,
      null,
      null,
      topic,
      null,
    ];
  }
  const c = congested ? 1 : 0;
  const abandoned = spread(ctx.queueCallsToday++, ABANDON[c]);
  const wait = Math.round(abandoned ? 5 + rng.exponential(WAIT_MEAN[c] * 2.5) : queueWait(rng, WAIT_MEAN[c]));
  const announced = wait > 20 ? !spread(ctx.longWaits++, ANNOUNCEMENT_MISS) : false;
  return [
    id,
    arrived,
    abandoned ? null : arrived + wait,
    wait,
    null,
    'callcenter',
    'inbound',
    null,
    null,
    null,
    announced,
    topic,
    abandoned ? null : agent,
  ];
}

// ─── complaints ─────────────────────────────────────────────────────────────────────────

const CHANNELS = ['web', 'phone', 'visit', 'mail', 'fax'] as const;
const CHANNEL_WEIGHTS = [55, 10, 5, 18, 12];
const TYPES = ['inquiry', 'petition', 'suggestion', 'improvement', 'other'] as const;
const WEB_TYPE_WEIGHTS = [65, 12, 10, 8, 5];
const OTHER_TYPE_WEIGHTS = [30, 25, 15, 15, 15];
const PROCESSING_DAYS = [3, 5, 7, 14];
const H = 3600;

/** The working seconds the generator aims at for a complaint (the charter's or the statute's). */
function complaintAllowance(channel: string, type: string, processingDays: number | null): number {
  if (channel === 'web') {
    if (type === 'inquiry') return 8 * H;
    if (type === 'improvement') return 24 * H;
    return 40 * H;
  }
  const statutory = processingDays === null ? (channel === 'mail' || channel === 'fax' ? 40 * H : 8 * H) : processingDays * 8 * H;
  return type === 'improvement' ? Math.min(24 * H, statutory) : statutory;
}

const minutes = (s: number): number => Math.max(60, Math.round(s / 60) * 60);

function complaintRow(ctx: Context, i: number, received: Instant): Row {
  const { rng, work } = ctx;
  const c = civilFromDays(kstDay(received));
  const id = `2AA-${pad(c.year % 100, 2)}${pad(c.month, 2)}-${pad(i + 1, 7)}`;
  const channel = CHANNELS[rng.weighted(CHANNEL_WEIGHTS)] as string;
  const type = TYPES[rng.weighted(channel === 'web' ? WEB_TYPE_WEIGHTS : OTHER_TYPE_WEIGHTS)] as string;
  const department = DEPARTMENTS.complaints[rng.weighted(departmentWeights(DEPARTMENTS.complaints.length))] as string;
  const processingDays = channel !== 'web' && rng.chance(0.7) ? rng.pick(PROCESSING_DAYS) : null;
  const allowed = complaintAllowance(channel, type, processingDays);
  const late = spread(i, ctx.o.lateShare);
  const elapsed = minutes(allowed * (late ? rng.between(1.1, 2.5) : rng.between(0.05, 0.9)));
  // A supplement request stops the clock: the answer moves out by the pause.
  let supplementRequested: Instant | null = null;
  let supplementReceived: Instant | null = null;
  let pause = 0;
  if (rng.chance(0.06)) {
    const at = minutes(elapsed * rng.between(0.1, 0.5));
    pause = minutes(rng.between(1, 16) * H);
    supplementRequested = addWorkingSeconds(received, at, work);
    supplementReceived = addWorkingSeconds(received, at + pause, work);
  }
  const open = rng.chance(0.015);
  const answered = open ? null : within(addWorkingSeconds(received, elapsed + pause, work));
  let delayNotified: Instant | null = null;
  if (late && answered !== null) {
    const when = rng.weighted([55, 20, 25]);
    if (when === 0) delayNotified = addWorkingSeconds(received, minutes(allowed * rng.between(0.5, 0.95)) + pause, work);
    else if (when === 1) delayNotified = addWorkingSeconds(received, minutes(rng.between(allowed + 60, elapsed)) + pause, work);
  }
  const written = channel === 'mail' || channel === 'fax';
  const replyHasContact = written && answered !== null ? !rng.chance(0.08) : null;
  const surveyed =
    answered !== null && rng.chance(0.88) ? within(addWorkingSeconds(answered, minutes(rng.between(0.5, 16) * H), work)) : null;
  const law = lawColumns(ctx.law, ctx.lawCounters, ctx.work, within, {
    received,
    answered,
    allowed,
    elapsed,
    late,
    pause,
    supplementReceived,
  });
  return [
    id,
    channel,
    type,
    received,
    answered,
    department,
    delayNotified,
    supplementRequested,
    supplementReceived,
    processingDays,
    replyHasContact,
    surveyed,
    ...law,
    complainant(ctx, i, type),
  ];
}

// ─── payments ───────────────────────────────────────────────────────────────────────────

const FOUR_HOURS = 4 * H;

/** A 조달물자대금 claim: log-normal around 3천만원, 5만원–50억원, in 10-won units. */
function claimAmount(rng: Rng): number {
  const v = rng.logNormal(Math.log(30_000_000), 1.3);
  return Math.round(Math.min(5_000_000_000, Math.max(50_000, v)) / 10) * 10;
}

function paymentRow(ctx: Context, i: number, claimed: Instant): Row {
  const { rng, pools, work, year } = ctx;
  const id = `${year}${pad(i + 1, 8)}`;
  const amount = claimAmount(rng);
  const supplier = (pools.suppliers[rng.weighted(pools.supplierWeights)] as Party).id;
  const department = DEPARTMENTS.payments[rng.weighted(departmentWeights(DEPARTMENTS.payments.length))] as string;
  if (rng.chance(0.12)) {
    // Paid directly by the 수요기관: outside the 4-hour promise, usually days.
    const paid = within(addWorkingSeconds(claimed, rng.between(1, 40) * H, work));
    return [id, claimed, paid, amount, supplier, 'agency', null, null, department];
  }
  const late = spread(i, ctx.o.lateShare);
  const open = rng.chance(0.01);
  // On time: most within 2 hours; late: 4 hours to 3 days of working time.
  const elapsed = late ? rng.between(FOUR_HOURS + 60, 24 * H) : 300 + (FOUR_HOURS - 360) * rng.float() ** 1.6;
  const paid = open ? null : within(addWorkingSeconds(claimed, Math.round(elapsed), work));
  let holdReason: string | null = null;
  let holdNotified: Instant | null = null;
  if ((late || open) && rng.chance(0.85)) {
    holdReason = rng.pick(HOLD_REASONS);
    const when = rng.weighted([75, 15, 10]);
    if (when === 0) holdNotified = addWorkingSeconds(claimed, Math.round(rng.between(600, FOUR_HOURS - 60)), work);
    else if (when === 1)
      holdNotified = addWorkingSeconds(
        claimed,
        Math.round(rng.between(FOUR_HOURS + 60, Math.max(FOUR_HOURS + 120, elapsed))),
        work,
      );
  }
  return [id, claimed, paid, amount, supplier, 'pps', holdReason, holdNotified, department];
}

// ─── contracts ──────────────────────────────────────────────────────────────────────────

const CATEGORIES = ['goods', 'construction', 'electrical', 'telecom', 'service'] as const;
const TOTAL_CATEGORY_WEIGHTS = [35, 25, 12, 8, 20];
const EOK = 100_000_000;

/** Contract amounts clustered around the Happy Call thresholds (3억, 100억), in 1,000-won units. */
function contractAmount(rng: Rng, category: string): number {
  let v: number;
  switch (category) {
    case 'goods':
      v = rng.chance(0.3) ? rng.between(2.4 * EOK, 3.6 * EOK) : rng.logNormal(Math.log(50_000_000), 1.2);
      break;
    case 'construction':
      v = rng.chance(0.15) ? rng.between(80 * EOK, 120 * EOK) : rng.logNormal(Math.log(2_000_000_000), 1.0);
      break;
    case 'electrical':
    case 'telecom':
      v = rng.chance(0.35) ? rng.between(2.4 * EOK, 3.6 * EOK) : rng.logNormal(Math.log(200_000_000), 1.0);
      break;
    default:
      v = rng.logNormal(Math.log(100_000_000), 1.0);
  }
  return Math.max(1_000_000, Math.round(v / 1000) * 1000);
}

/** Whether the charter asks for a Happy Call (3억 goods, 3억 electrical/telecom, 100억 any works). */
export function needsHappyCall(category: string, amount: number): boolean {
  if (category === 'goods' || category === 'electrical' || category === 'telecom') {
    if (amount >= 3 * EOK) return true;
  }
  return (category === 'construction' || category === 'electrical' || category === 'telecom') && amount >= 100 * EOK;
}

/** An instant during working hours on `day`, not before `after`. */
function workingTimeOn(rng: Rng, day: DayNumber, after: Instant, work: WorkingDayTest): Instant {
  const t = dayStart(day) + (WORK_HOURS[rng.weighted(WORK_HOUR_WEIGHTS)] as number) * 3600 + rng.int(0, 3599);
  return t > after ? t : addWorkingSeconds(after, rng.between(600, 2 * H), work);
}

function contractRow(ctx: Context, i: number, requested: Instant): Row {
  const { rng, pools, work, year } = ctx;
  const unitPrice = rng.chance(0.4);
  const category = unitPrice ? 'goods' : (CATEGORIES[rng.weighted(TOTAL_CATEGORY_WEIGHTS)] as string);
  const works = category === 'construction' || category === 'electrical' || category === 'telecom';
  const id = contractNumber(year, works ? 'BK' : 'TA', i + 1);
  const amount = contractAmount(rng, category);
  const agency = (pools.agencies[rng.weighted(pools.agencyWeights)] as Party).id;
  const supplier = (pools.suppliers[rng.weighted(pools.supplierWeights)] as Party).id;
  const depts = works ? DEPARTMENTS.works : DEPARTMENTS.goods;
  const department = depts[rng.weighted(departmentWeights(depts.length))] as string;
  const late = spread(i, ctx.o.lateShare);
  let deliveryRequested: Instant | null = null;
  if (unitPrice) {
    // 단가계약물품: 납품요구 within 1 working hour of the 조달요청.
    const s = late ? rng.between(H + 60, 3 * WORK_SECONDS_PER_DAY) : rng.between(300, H - 60);
    deliveryRequested = within(addWorkingSeconds(requested, Math.round(s), work));
  }
  // Standard days: on time well inside the type's table entry; late past even the longest (30).
  const standard = unitPrice
    ? STANDARD_DAYS['unit-price']
    : category === 'construction'
      ? STANDARD_DAYS['total/construction']
      : STANDARD_DAYS.total;
  const lateConclusion = spread(i + 7, ctx.o.lateShare);
  const nth = lateConclusion
    ? Math.max(standard, STANDARD_DAYS['total/construction']) + rng.int(1, 10)
    : Math.max(1, Math.round(standard * rng.between(0.3, 1)));
  const open = rng.chance(0.01);
  const startDay = kstDay(requested);
  const concluded = open ? null : within(workingTimeOn(rng, nthWorkingDay(startDay, nth, work), requested, work));
  let happyCall: Instant | null = null;
  if (
    concluded !== null &&
    (needsHappyCall(category, amount) ? !spread(i + 3, Math.min(1, ctx.o.lateShare * 3)) : rng.chance(0.05))
  ) {
    happyCall = within(addWorkingSeconds(concluded, Math.round(rng.between(H, 5 * WORK_SECONDS_PER_DAY)), work));
  }
  return [
    id,
    unitPrice ? 'unit-price' : 'total',
    category,
    requested,
    deliveryRequested,
    concluded,
    amount,
    agency,
    supplier,
    happyCall,
    department,
  ];
}

/** Columns whose cells are instants (from the kind tables). */
export const TIME_COLUMNS: ReadonlySet<string> = new Set(
  KINDS.flatMap((k) => columnsOf(k))
    .filter((c) => c.type === 'instant')
    .map((c) => c.column),
);
