/**
 * The law's complaint columns for synthetic exports (issue 13), at rates a 조달청 export could
 * show: further supplement pauses (보완 2차·3차), extensions (시행령 제21조) on some late
 * complaints — most valid, some too long, made after the deadline, never notified, or a second
 * one without consent —, transfers (이송) with their notice, and the 30-day progress notice.
 * Pure and deterministic: everything comes from its own random stream.
 */
import { type Instant, dayStart, kstDay } from '../calendar/kst.js';
import type { Cell } from './generate.js';
import type { Rng } from './random.js';
import { WORK_SECONDS_PER_DAY, type WorkingDayTest, addWorkingSeconds } from './worktime.js';

const H = 3600;

/** The law's columns in the order of `COLUMNS.complaints` after `surveyed_at`. */
export const LAW_COLUMNS = [
  'supplement_requested_at_2',
  'supplement_received_at_2',
  'supplement_requested_at_3',
  'supplement_received_at_3',
  'extended_at',
  'extended_until',
  'extension_days',
  'extension_notified_at',
  'extension_reason',
  'extension_consent',
  'extended_at_2',
  'extended_until_2',
  'extension_days_2',
  'extension_notified_at_2',
  'extension_reason_2',
  'extension_consent_2',
  'transferred_at',
  'transferred_to',
  'transfer_notified_at',
  'progress_notified_at',
] as const;

/** Share of late, answered complaints whose period was extended. */
export const EXTENSION_SHARE = 0.4;
/** Share of extended complaints that are extended a second time. */
export const SECOND_EXTENSION_SHARE = 0.2;
/** Share of complaints that reached the wrong office first and were transferred (이송). */
export const TRANSFER_SHARE = 0.05;
/** Share of paused complaints that needed a second supplement (보완 2차). */
export const SECOND_PAUSE_SHARE = 0.3;

const REASONS = ['관계부서 협의', '현장 확인 필요', '법령 해석 검토', '관계기관 의견 조회'] as const;
const OFFICES = ['국민권익위원회', '기획재정부', '행정안전부', '서울지방조달청', '부산지방조달청', '조달품질원'] as const;

/** What the main generator decided about one complaint. */
export interface ComplaintFacts {
  received: Instant;
  answered: Instant | null;
  /** Working seconds the charter or the statute allows. */
  allowed: number;
  /** Working seconds from receipt to answer, pauses not counted. */
  elapsed: number;
  late: boolean;
  /** Working seconds of the first supplement pause (0 when none). */
  pause: number;
  supplementReceived: Instant | null;
}

const minutes = (s: number): number => Math.max(60, Math.round(s / 60) * 60);

/** Counters that make the faulty shares exact (every n-th case), as the main generator does for lateness. */
export interface LawCounters {
  extensions: number;
  /** Second extensions: every 3rd lacks the applicant's consent. */
  seconds: number;
  transfers: number;
  progress: number;
}

/** A fresh set of {@link LawCounters}. @example lawCounters().extensions // => 0 */
export function lawCounters(): LawCounters {
  return { extensions: 0, seconds: 0, transfers: 0, progress: 0 };
}

/** Which of `kinds` the n-th case is: the first kind except every `every`-th case, which cycles through the others. */
function cycle(n: number, every: number, kinds: number): number {
  return (n + 1) % every === 0 ? 1 + ((Math.floor((n + 1) / every) - 1) % (kinds - 1)) : 0;
}

/**
 * The cells of {@link LAW_COLUMNS} for one complaint.
 *
 * @example lawColumns(rng, lawCounters(), isWeekday, (t) => t, facts).length // => 20
 */
export function lawColumns(
  rng: Rng,
  counters: LawCounters,
  work: WorkingDayTest,
  within: (t: Instant) => Instant | null,
  f: ComplaintFacts,
): Cell[] {
  const add = (from: Instant, seconds: number): Instant => addWorkingSeconds(from, minutes(seconds), work);
  const cells: Cell[] = new Array<Cell>(LAW_COLUMNS.length).fill(null);
  const set = (column: (typeof LAW_COLUMNS)[number], v: Cell) => {
    cells[LAW_COLUMNS.indexOf(column)] = v;
  };
  const closed = f.answered;

  // 보완 2차: a second request after the first supplement arrived, answered before the answer.
  if (f.supplementReceived !== null && closed !== null && !f.late && rng.chance(SECOND_PAUSE_SHARE)) {
    const requested = add(f.supplementReceived, rng.between(0.5, 4) * H);
    const received = add(requested, rng.between(1, 8) * H);
    if (received < closed) {
      set('supplement_requested_at_2', requested);
      set('supplement_received_at_2', received);
    }
  }

  // 연장: some late, answered complaints were extended before their deadline.
  if (f.late && closed !== null && rng.chance(EXTENSION_SHARE)) {
    const periodDays = Math.max(1, Math.round(f.allowed / WORK_SECONDS_PER_DAY));
    // Every 4th is faulty, in turn: too long, made after the deadline, never notified, notified late.
    const kind = cycle(counters.extensions++, 4, 5);
    const deadline = add(f.received, f.allowed + f.pause);
    const at =
      kind === 2 ? add(deadline, rng.between(0.5, 4) * H) : add(f.received, f.allowed * rng.between(0.6, 0.95) + f.pause);
    const days = kind === 1 ? periodDays + rng.int(1, 2) : rng.int(Math.ceil(periodDays / 2), periodDays);
    set('extended_at', at);
    set('extension_days', days);
    set('extension_reason', REASONS[rng.int(0, REASONS.length - 1)] as string);
    if (kind !== 3)
      set('extension_notified_at', kind === 4 ? add(deadline, rng.between(1, 8) * H) : add(at, rng.between(0.2, 2) * H));
    if (kind === 0 && rng.chance(SECOND_EXTENSION_SHARE)) {
      const first = add(f.received, f.allowed + f.pause + days * WORK_SECONDS_PER_DAY);
      const at2 = add(at, rng.between(1, 4) * H);
      const until2 = addWorkingSeconds(first, rng.int(1, periodDays) * WORK_SECONDS_PER_DAY, work);
      set('extended_at_2', at2);
      set('extended_until_2', within(until2));
      set('extension_notified_at_2', add(at2, rng.between(0.2, 2) * H));
      set('extension_reason_2', REASONS[rng.int(0, REASONS.length - 1)] as string);
      set('extension_consent_2', ++counters.seconds % 3 !== 0);
    }
  }

  // 이송: a complaint that reached the wrong office first (not the late ones: the transfer is early).
  if (!f.late && rng.chance(TRANSFER_SHARE)) {
    const slow = counters.transfers % 8 === 3; // every 8th transfer takes more than 8 working hours
    const moved = add(f.received, (slow ? rng.between(9, 20) : rng.between(0.5, 6)) * H);
    if (closed === null || moved < closed) {
      set('transferred_at', moved);
      set('transferred_to', OFFICES[rng.int(0, OFFICES.length - 1)] as string);
      const notice = cycle(counters.transfers++, 6, 3); // every 6th: notified late, or never
      if (notice !== 2) set('transfer_notified_at', add(moved, (notice === 0 ? rng.between(0.2, 4) : rng.between(10, 20)) * H));
    }
  }

  // 처리진행상황 통지: complaints open 30 days after receipt (open ones, long day-based ones).
  const trigger = dayStart(kstDay(f.received) + 31);
  if (closed === null || closed >= trigger) {
    const when = cycle(counters.progress++, 4, 3); // every 4th: a week late, or never
    if (when !== 2) {
      const day = kstDay(f.received) + (when === 0 ? rng.int(20, 29) : rng.int(33, 40));
      set('progress_notified_at', within(addWorkingSeconds(dayStart(day) + 10 * H, 0, work)));
    }
  }
  return cells;
}
