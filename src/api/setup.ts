/**
 * What every command runs with: the config, the working calendar and the rules it resolves to.
 * `setupFrom` is pure (it runs in a browser); `loadSetup` and `findConfig` are the Node adapters
 * that read the config and holidays files.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCalendar } from '../calendar/calendar.js';
import { type HolidayOverrides, loadHolidayFile } from '../ingest/holiday-file.js';
import { loadConfig } from '../config/load.js';
import { CONFIG_FILE_NAME, defaultConfig, resolveRuleOptions, type Config } from '../config/normalize.js';
import type { ResolvedRule } from '../engine/engine.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { Granularity } from '../model/rule.js';

/** What a run is configured with: the config file, the calendar and the rules it resolves to. */
export interface Setup {
  config: Config;
  calendar: WorkingCalendar;
  rules: ResolvedRule[];
  granularity: Granularity;
  /** The holidays file the calendar was built with, parsed (what-if variants start from it). */
  overrides?: HolidayOverrides;
}

/**
 * The setup of a config already read and holiday overrides already parsed (no I/O).
 *
 * @example setupFrom(defaultConfig()).calendar.hours // => ['09:00-12:00', '13:00-18:00']
 */
export function setupFrom(config: Config = defaultConfig(), overrides?: HolidayOverrides): Setup {
  const calendar = createCalendar({ hours: config.workingHours ?? undefined, overrides });
  return {
    config,
    calendar,
    rules: resolveRuleOptions(config),
    granularity: config.granularity ?? 'month',
    ...(overrides ? { overrides } : {}),
  };
}

/** `--config FILE`, else `./charter-audit.config.json` when present, else the built-in defaults. */
export async function findConfig(path: string | undefined, cwd: string): Promise<Config> {
  if (path !== undefined) return loadConfig(path, cwd);
  if (existsSync(resolve(cwd, CONFIG_FILE_NAME))) return loadConfig(CONFIG_FILE_NAME, cwd);
  return defaultConfig();
}

/**
 * Loads the config (`--config`, else `./charter-audit.config.json` when present, else the
 * built-in defaults), the holidays file (`--holidays` wins over the config's `holidays`) and
 * builds the calendar and the rule list.
 */
export async function loadSetup(options: {
  config?: string | Config;
  holidays?: string | HolidayOverrides;
  cwd: string;
}): Promise<Setup> {
  const { cwd } = options;
  const config = typeof options.config === 'object' ? options.config : await findConfig(options.config, cwd);
  let overrides: HolidayOverrides | undefined;
  if (typeof options.holidays === 'object') overrides = options.holidays;
  else {
    // `--holidays` is named in messages as the user typed it; the config's, resolved beside the config.
    if (options.holidays !== undefined) overrides = await loadHolidayFile(resolve(cwd, options.holidays), options.holidays);
    else overrides = config.holidays ? await loadHolidayFile(config.holidays) : undefined;
  }
  return setupFrom(config, overrides);
}

/**
 * The statutory counting of complaint periods (민원 처리에 관한 법률 제19조) as the setup's
 * `complaint.statutory` options set it: hours per day, and the first day-based period.
 *
 * @example statutorySplit(setupFrom()) // => { hoursPerDay: 8, dayBasedFrom: 6 }
 */
export function statutorySplit(setup: Pick<Setup, 'rules'>): { hoursPerDay: number; dayBasedFrom: number } {
  const options = setup.rules.find((r) => r.rule.meta.id === 'complaint.statutory')?.options ?? {};
  const hoursPerDay = typeof options.hoursPerDay === 'number' ? options.hoursPerDay : 8;
  const dayBasedFrom = typeof options.dayBasedFrom === 'number' ? options.dayBasedFrom : 6;
  return { hoursPerDay, dayBasedFrom };
}
