import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCalendar } from '../calendar/calendar.js';
import { loadHolidayFile } from '../calendar/holiday-file.js';
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
export async function loadSetup(options: { config?: string; holidays?: string; cwd: string }): Promise<Setup> {
  const { cwd } = options;
  const config = await findConfig(options.config, cwd);
  const holidaysFile = options.holidays !== undefined ? resolve(cwd, options.holidays) : config.holidays;
  const overrides = holidaysFile ? await loadHolidayFile(holidaysFile) : undefined;
  const calendar = createCalendar({ hours: config.workingHours ?? undefined, overrides });
  return { config, calendar, rules: resolveRuleOptions(config), granularity: config.granularity ?? 'month' };
}
