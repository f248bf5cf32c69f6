/**
 * Variants from what-if files and readings: the run's config with the alternative laid over it,
 * its calendar, and for `holiday-announced` a calendar chosen per record. Pure: the files were
 * read by the caller (src/api/whatif.ts).
 */
import { createCalendar } from '../calendar/calendar.js';
import type { HolidayOverrides } from '../calendar/overrides.js';
import { gazetteHolidays } from '../calendar/holidays.js';
import { formatDay, type Instant, kstDay } from '../calendar/kst.js';
import { type Config, normalizeConfig, resolveRuleOptions } from '../config/normalize.js';
import type { VariantSpec } from '../engine/variants.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { Message } from '../model/messages.js';
import { TEMPORARY_HOLIDAYS } from './announcements.js';
import { inputError } from '../messages/errors.js';
import { combineHolidays, overlay, WHATIF_ERROR_CODE, type WhatIfFile } from './file.js';
import { READING_PREFIX, type Reading } from './readings.js';

/** The normal run, as the variants start from it. */
export interface Base {
  /** The config file's JSON as written (`{}` for the built-in defaults). */
  raw: Record<string, unknown>;
  config: Config;
  calendar: WorkingCalendar;
  /** The run's holidays file, parsed. */
  overrides: HolidayOverrides | undefined;
}

const isGazette = (day: number) => gazetteHolidays().has(day);

/** Config keys a variant cannot change, because the rows are read once and compared period by period. */
/** What a what-if cannot change (the catalog says why). */
const FIXED = ['columns', 'granularity'] as const;

/** The run's config with `over` laid on it, validated (errors name `name`). */
function configWith(base: Base, over: Record<string, unknown>, name: string): Config {
  const { holidays: _ignored, ...raw } = overlay(base.raw, over) as Record<string, unknown>;
  return normalizeConfig(raw, name);
}

function sameHours(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * What a what-if file changes, as data the catalog words: its keys and rule options, its holidays.
 *
 * @example describeWhatIf(parseWhatIf('{"granularity":"day"}', 'w.json')) // => { code: 'WHATIF_LABEL', data: { what: 'changes', changes: ['granularity="day"'] } }
 */
export function describeWhatIf(w: WhatIfFile): Message<'WHATIF_LABEL'> {
  const parts: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    } else parts.push(`${path}=${JSON.stringify(v)}`);
  };
  walk(w.config, '');
  if (w.holidaysFile) parts.push(`holidays=${w.holidaysFile}`);
  for (const a of w.holidays?.add ?? []) parts.push(`+${formatDay(a.day)} ${a.name}`);
  for (const r of w.holidays?.remove ?? []) parts.push(`−${formatDay(r.day)}`);
  return { code: 'WHATIF_LABEL', data: { what: 'changes', changes: parts } };
}

/**
 * A what-if file as a variant. `replacement` is its `holidays` file, read by the caller.
 *
 * @example variantFromFile(base, parseWhatIf('{"holidays":{"remove":["2025-01-27"]}}', 'w.json')).calendar.isWorkingDay(daysFromCivil(2025, 1, 27)) // => true
 */
export function variantFromFile(base: Base, w: WhatIfFile, replacement?: HolidayOverrides): VariantSpec {
  for (const key of FIXED) {
    if (key in w.config) throw inputError(WHATIF_ERROR_CODE, 'INPUT_WHAT_IF', { file: w.name, problem: 'fixed', key }, w.name);
  }
  const config = configWith(base, w.config, w.name);
  let overrides = base.overrides;
  if (replacement) overrides = replacement;
  if (w.holidays) overrides = combineHolidays(overrides, w.holidays, isGazette);
  const hours = config.workingHours ?? base.calendar.hours;
  const calendar =
    overrides === base.overrides && sameHours(hours, base.calendar.hours)
      ? base.calendar
      : createCalendar({ hours: [...hours], overrides });
  return { name: w.name, label: w.label ?? describeWhatIf(w), calendar, rules: resolveRuleOptions(config) };
}

/**
 * A built-in reading as a variant.
 *
 * @example variantFromReading(base, findReading('rings-strict')!).rules.find((r) => r.rule.meta.id === 'call.rings')?.options.maxRings // => 2
 */
export function variantFromReading(base: Base, reading: Reading): VariantSpec {
  const name = `${READING_PREFIX}${reading.name}`;
  if (reading.question === 'holiday') {
    return {
      name,
      label: reading.label,
      calendar: base.calendar,
      rules: resolveRuleOptions(base.config),
      calendarFor: announcedCalendars(base),
    };
  }
  const config = configWith(base, reading.config ?? {}, name);
  const hours = config.workingHours ?? base.calendar.hours;
  const calendar = sameHours(hours, base.calendar.hours)
    ? base.calendar
    : createCalendar({ hours: [...hours], overrides: base.overrides });
  return { name, label: reading.label, calendar, rules: resolveRuleOptions(config) };
}

/**
 * The calendar for a record by its start: the run's, minus every temporary holiday declared
 * after the day of receipt (a record received on the day of the declaration already knew it).
 * A handful of calendars, each built once.
 *
 * @example announcedCalendars(base)(kstInstant(2025, 1, 7, 10)).isWorkingDay(daysFromCivil(2025, 1, 27)) // => true
 */
export function announcedCalendars(base: Base): (start: Instant) => WorkingCalendar {
  const temps = TEMPORARY_HOLIDAYS.filter(
    (t) => base.calendar.coversDay(t.day) && base.calendar.holiday(t.day) !== undefined,
  ).sort((a, b) => a.announced - b.announced);
  const built: (WorkingCalendar | undefined)[] = [];
  return (start) => {
    const day = kstDay(start);
    let k = 0;
    while (k < temps.length && temps[k]!.announced <= day) k++;
    if (k === temps.length) return base.calendar;
    let calendar = built[k];
    if (!calendar) {
      const remove = { file: 'reading:holiday-announced', add: [], remove: temps.slice(k).map((t) => ({ day: t.day })) };
      calendar = createCalendar({
        hours: [...base.calendar.hours],
        overrides: combineHolidays(base.overrides, remove, isGazette),
      });
      built[k] = calendar;
    }
    return calendar;
  };
}
