/**
 * What-if files: a partial config — the keys of `charter-audit.config.json` (working hours,
 * granularity, rules and their thresholds, standard days, columns, top-level options) laid over
 * the run's config, plus `holidays`: a holidays file (replacing the run's) or an inline
 * `{"add": [{"date", "name"}], "remove": ["date"]}` applied on top of the run's holidays.
 * An optional `"label": {"ko", "en"}` (or a string) names the alternative in reports. Pure.
 */
import { type HolidayOverrides, parseHolidayJson } from '../ingest/holiday-file.js';
import { inputError } from '../messages/errors.js';
import type { Localized } from '../model/rule.js';

/** Stable error code of a what-if file that is not a JSON object. */
export const WHATIF_ERROR_CODE = 'INVALID_WHAT_IF';

/** A what-if file, parsed: the config part and the holidays part apart. */
export interface WhatIfFile {
  /** As the user named it. */
  name: string;
  label: Localized | null;
  /** Config keys to lay over the run's config (raw JSON, validated when merged). */
  config: Record<string, unknown>;
  /** A holidays file that replaces the run's (a path, relative to the what-if file). */
  holidaysFile: string | null;
  /** Additions and removals on top of the run's holidays. */
  holidays: HolidayOverrides | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses the text of a what-if file.
 *
 * @example parseWhatIf('{"holidays":{"remove":["2025-01-27"]}}', 'no-0127.json').holidays?.remove.length // => 1
 */
export function parseWhatIf(text: string, name: string): WhatIfFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw inputError(WHATIF_ERROR_CODE, 'INPUT_WHAT_IF', { file: name, problem: 'json', detail }, name);
  }
  if (!isObject(raw)) throw inputError(WHATIF_ERROR_CODE, 'INPUT_WHAT_IF', { file: name, problem: 'not-object' }, name);
  const { label, holidays, ...config } = raw;
  let localized: Localized | null = null;
  if (typeof label === 'string') localized = { ko: label, en: label };
  else if (isObject(label) && typeof label.ko === 'string' && typeof label.en === 'string')
    localized = { ko: label.ko, en: label.en };
  else if (label !== undefined) throw inputError(WHATIF_ERROR_CODE, 'INPUT_WHAT_IF', { file: name, problem: 'label' }, name);
  let holidaysFile: string | null = null;
  let overrides: HolidayOverrides | null = null;
  if (typeof holidays === 'string') holidaysFile = holidays;
  else if (holidays !== undefined) overrides = parseHolidayJson(JSON.stringify(holidays), `${name} (holidays)`);
  return { name, label: localized, config, holidaysFile, holidays: overrides };
}

/**
 * A config laid over another: objects merge key by key (so `rules.call.rings.maxRings` changes
 * one option and keeps the rule's others), anything else replaces.
 *
 * @example overlay({ rules: { a: { x: 1, y: 2 } } }, { rules: { a: { y: 3 } } }) // => { rules: { a: { x: 1, y: 3 } } }
 */
export function overlay(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? overlay(base[k], v) : v;
  return out;
}

/**
 * The run's holiday overrides with a what-if's on top: a date the what-if removes is no longer
 * added (or is removed from the gazette), a date it adds is no longer removed.
 *
 * @example combineHolidays(undefined, { file: 'w', add: [], remove: [{ day: 20115 }] }).remove // => [{ day: 20115 }]
 */
export function combineHolidays(
  base: HolidayOverrides | undefined,
  over: HolidayOverrides,
  isGazette: (day: number) => boolean = () => true,
): HolidayOverrides {
  const removed = new Set(over.remove.map((r) => r.day));
  const added = new Set(over.add.map((a) => a.day));
  const baseAdd = base?.add ?? [];
  const baseAdded = new Set(baseAdd.map((a) => a.day));
  const baseRemoved = new Set((base?.remove ?? []).map((r) => r.day));
  return {
    file: over.file,
    add: [...baseAdd.filter((a) => !removed.has(a.day)), ...over.add],
    remove: [
      ...(base?.remove ?? []).filter((r) => !added.has(r.day)),
      ...over.remove
        .filter((r) => !baseRemoved.has(r.day) && (!baseAdded.has(r.day) || isGazette(r.day)))
        .map(({ day }) => ({ day })),
    ],
  };
}
