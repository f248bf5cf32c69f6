/** The validated config's shape and the constants the config file's checks share. */
import type { Kind } from '../model/records.js';
import type { Granularity, Rule, Severity } from '../model/rule.js';
import type { PauseCounting, TransferClock } from '../rules/law.js';

export const CONFIG_ERROR_CODE = 'INVALID_CONFIG';
/** The file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'charter-audit.config.json';

export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'day'];
export const CATEGORIES = ['goods', 'construction', 'electrical', 'telecom', 'service'] as const;

/** One rule as the config leaves it. */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  /** The rule's defaults with the config's overrides merged over them. */
  options: Readonly<Record<string, unknown>>;
}

/** A validated config. `null` = not set (the built-in default applies). */
export interface Config {
  /** The config file, or null for the built-in defaults. */
  file: string | null;
  /** Working intervals `HH:MM-HH:MM` for the calendar. */
  workingHours: readonly string[] | null;
  granularity: Granularity | null;
  /** Every rule, by id. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Contract type (or `type/category`) → standard administrative days. */
  standardDays: Readonly<Record<string, number>> | null;
  /** Header renames for the readers (`ReadOptions.columns`): per kind, or `*` for every kind. */
  columns: Readonly<Partial<Record<Kind | '*', Readonly<Record<string, string>>>>> | null;
  /** An office's own value words (`ReadOptions.values`): kind → column → word → canonical value. */
  values?: Readonly<Partial<Record<Kind, Readonly<Record<string, Readonly<Record<string, string>>>>>>> | null;
  /** The holidays file, resolved against the config file's folder. */
  holidays: string | null;
  /** 즉시 in working hours (default 3, the decree's reading): every "immediately" option follows it. */
  immediateHours: number;
  /** How supplement pauses are counted by every complaint deadline rule. */
  pauseCounting: PauseCounting;
  /** Where a transferred complaint's clock starts, for every complaint deadline rule. */
  transferClock: TransferClock;
}

/** A rule with the config applied, in the shape the engine takes (`ResolvedRule`). */
export interface ResolvedRuleSetting extends RuleSetting {
  rule: Rule;
}
