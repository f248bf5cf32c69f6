/** The calendar commands' results, shared by the command and its text. */
import type { Instant } from '../../calendar/kst.js';

/** The `deadline --json` object, keys in SPEC §4 order. */
export interface DeadlineJson {
  start: string;
  clockStart: string;
  deadline: string;
  allowedWorkingSeconds: number | null;
  basis: 'hours' | 'days';
}

/** A deadline computed for the command, with what the explanation needs. */
export interface DeadlineResult {
  start: Instant;
  clockStart: Instant;
  deadline: Instant;
  /** Working seconds allowed (hours basis), or null (days basis). */
  allowed: number | null;
  basis: 'hours' | 'days';
  /** The D of `--days D`, when given. */
  days?: number;
}

/** What `--hours`, `--minutes` or `--days` asked for. */
export type PeriodRequest = { kind: 'seconds'; seconds: number; asked: AskedAmount } | { kind: 'days'; days: number };

/**
 * What was asked for, as data (worded where the deadline is rendered): `--hours H`,
 * `--minutes M`, or `--days D` counted as `hours` working hours.
 */
export type AskedAmount = { unit: 'hours' | 'minutes'; value: number } | { unit: 'days'; value: number; hours: number };
