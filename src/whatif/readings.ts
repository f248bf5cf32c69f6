/**
 * Built-in readings (issue 15): the choices the charter and the law leave open, each a named
 * alternative (`--what-if reading:rings-strict`). Readings of one question are alternatives to
 * each other; `--sensitivity` runs, for every question, the reading the run's config does not
 * already follow. Pure.
 */
import { DEFAULT_HOURS } from '../calendar/hours.js';
import { formatDay } from '../calendar/kst.js';
import { type Config, normalizeConfig } from '../config/normalize.js';
import type { Label } from '../model/messages.js';
import { TEMPORARY_HOLIDAYS } from './announcements.js';

export const READING_PREFIX = 'reading:';

export interface Reading {
  /** As named after `reading:`. */
  name: string;
  /** The clause or choice it reads: readings with one question are alternatives. */
  question: 'rings' | 'wait' | 'pause' | 'holiday' | 'lunch';
  label: Label;
  /** The partial config laid over the run's (absent: the reading changes the calendar per record). */
  config?: Record<string, unknown>;
  /** The run's config already reads the clause this way. */
  isBase(config: Config, hours: readonly string[]): boolean;
}

const LUNCH_1130 = ['09:00-11:30', '12:30-18:00'];
const sameHours = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const option = (config: Config, rule: string, key: string): unknown => config.rules[rule]?.options[key];
const declared = TEMPORARY_HOLIDAYS.map((t) => ({ day: formatDay(t.day), announced: formatDay(t.announced) }));

const ALL: readonly Reading[] = [
  {
    name: 'rings-strict',
    question: 'rings',
    label: {
      ko: '「벨이 세 번 울리기 전에」 = 벨 2회 이내 (3회 미만)',
      en: '"before the phone rings three times" = within 2 rings (< 3)',
    },
    config: { rules: { 'call.rings': { maxRings: 2 } } },
    isBase: (c) => option(c, 'call.rings', 'maxRings') === 2,
  },
  {
    name: 'rings-inclusive',
    question: 'rings',
    label: {
      ko: '「벨이 세 번 울리기 전에」 = 벨 3회 이내 (3회 이하)',
      en: '"before the phone rings three times" = within 3 rings (≤ 3)',
    },
    config: { rules: { 'call.rings': { maxRings: 3 } } },
    isBase: (c) => option(c, 'call.rings', 'maxRings') === 3,
  },
  {
    name: 'wait-over-20',
    question: 'wait',
    label: {
      ko: '「20초 이상」을 20초 초과로 읽음 (20초 대기는 제외)',
      en: '「20초 이상」 read as more than 20 s (a 20 s wait is out of scope)',
    },
    config: { rules: { 'call.wait-announcement': { boundary: 'over' } } },
    isBase: (c) => option(c, 'call.wait-announcement', 'boundary') === 'over',
  },
  {
    name: 'wait-from-20',
    question: 'wait',
    label: {
      ko: '「20초 이상」 = 20초부터 (20초 대기도 안내 대상)',
      en: '「20초 이상」 = from 20 s (a 20 s wait needs the announcement)',
    },
    config: { rules: { 'call.wait-announcement': { boundary: 'from' } } },
    isBase: (c) => option(c, 'call.wait-announcement', 'boundary') === 'from',
  },
  {
    name: 'pause-whole-days',
    question: 'pause',
    label: {
      ko: '보완기간을 요구일부터 보완일까지 일 단위로 제외',
      en: 'supplement pauses excluded in whole days, request day to arrival day',
    },
    config: { pauseCounting: 'whole-days' },
    isBase: (c) => (c as unknown as Record<string, unknown>).pauseCounting === 'whole-days',
  },
  {
    name: 'pause-working-time',
    question: 'pause',
    label: { ko: '보완기간을 근무시간으로 제외', en: 'supplement pauses excluded in working time' },
    config: { pauseCounting: 'working-time' },
    isBase: (c) => (c as unknown as Record<string, unknown>).pauseCounting !== 'whole-days',
  },
  {
    name: 'holiday-announced',
    question: 'holiday',
    label: { code: 'WHATIF_LABEL', data: { what: 'holiday-announced', declared } },
    isBase: () => false,
  },
  {
    name: 'lunch-1130',
    question: 'lunch',
    label: {
      ko: '점심시간 11:30–12:30 (근무 09:00–11:30, 12:30–18:00)',
      en: 'lunch 11:30–12:30 (working 09:00–11:30, 12:30–18:00)',
    },
    config: { workingHours: LUNCH_1130 },
    isBase: (_c, hours) => sameHours(hours, LUNCH_1130),
  },
  {
    name: 'lunch-12',
    question: 'lunch',
    label: {
      ko: '점심시간 12:00–13:00 (근무 09:00–12:00, 13:00–18:00)',
      en: 'lunch 12:00–13:00 (working 09:00–12:00, 13:00–18:00)',
    },
    config: { workingHours: [...DEFAULT_HOURS] },
    isBase: (_c, hours) => sameHours(hours, DEFAULT_HOURS),
  },
];

/** Whether this version of the rules and config can express the reading (its option exists). */
function available(r: Reading): boolean {
  if (!r.config) return true;
  try {
    normalizeConfig(r.config, 'reading');
    return true;
  } catch {
    return false;
  }
}

/**
 * The built-in readings this version can run, in a fixed order.
 *
 * @example readings().map((r) => r.name).includes('rings-strict') // => true
 */
export function readings(): readonly Reading[] {
  return ALL.filter(available);
}

/** A reading by name (with or without `reading:`), or undefined. @example findReading('reading:lunch-1130')?.question // => 'lunch' */
export function findReading(name: string): Reading | undefined {
  const bare = name.startsWith(READING_PREFIX) ? name.slice(READING_PREFIX.length) : name;
  return readings().find((r) => r.name === bare);
}

/**
 * For `--sensitivity`: per question, the first reading the run's config does not follow.
 *
 * @example sensitivityReadings(defaultConfig(), DEFAULT_HOURS).map((r) => r.name) // => ['rings-strict', 'wait-over-20', 'pause-whole-days', 'holiday-announced', 'lunch-1130']
 */
export function sensitivityReadings(config: Config, hours: readonly string[]): Reading[] {
  const out: Reading[] = [];
  const done = new Set<string>();
  for (const r of readings()) {
    if (done.has(r.question)) continue;
    const alternatives = readings().filter((x) => x.question === r.question);
    const pick = alternatives.find((x) => !x.isBase(config, hours));
    // Only when the run follows one of the readings: a custom value is its own choice.
    if (pick && (alternatives.length === 1 || alternatives.some((x) => x.isBase(config, hours)))) out.push(pick);
    done.add(r.question);
  }
  return out;
}
