/**
 * `--what-if` and `--sensitivity`, Node side: reads the what-if files (and the holidays files
 * they name) and the run's config file as written, then builds the variants (src/whatif/).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadHolidayFile } from '../ingest/holiday-file.js';
import type { VariantSpec } from '../engine/variants.js';
import { inputError, usageError } from '../messages/errors.js';
import { type Base, variantFromFile, variantFromReading } from '../whatif/build.js';
import { parseWhatIf, WHATIF_ERROR_CODE } from '../whatif/file.js';
import { findReading, READING_PREFIX, readings, sensitivityReadings } from '../whatif/readings.js';
import type { Setup } from './setup.js';

async function readText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const data = { file: shown, problem: 'unreadable', missing: code === 'ENOENT', detail: String(code) } as const;
    throw inputError(WHATIF_ERROR_CODE, 'INPUT_WHAT_IF', data, shown);
  }
}

/** The run's config file as written, for the variants to lay their changes over. */
async function baseRaw(setup: Setup, cwd: string): Promise<Record<string, unknown>> {
  const file = setup.config.file;
  if (file === null) return {};
  const text = await readText(resolve(cwd, file), file);
  const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/**
 * The variants of a run: each `--what-if` (a file, or `reading:NAME`), then with
 * `sensitivity` every reading the config does not already follow (once each).
 *
 * @example await loadVariants(setup, ['reading:rings-strict', 'no-0127.json'], false, cwd) // => [VariantSpec, VariantSpec]
 */
export async function loadVariants(
  setup: Setup,
  whatIf: readonly string[],
  sensitivity: boolean,
  cwd: string,
): Promise<VariantSpec[]> {
  if (whatIf.length === 0 && !sensitivity) return [];
  const base: Base = {
    raw: await baseRaw(setup, cwd),
    config: setup.config,
    calendar: setup.calendar,
    overrides: setup.overrides,
  };
  const out: VariantSpec[] = [];
  const seen = new Set<string>();
  for (const name of whatIf) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (name.startsWith(READING_PREFIX)) {
      const reading = findReading(name);
      if (!reading)
        throw usageError('USAGE_WHAT_IF_READING', {
          name,
          readings: readings().map((r) => `${READING_PREFIX}${r.name}`),
        });
      out.push(variantFromReading(base, reading));
      continue;
    }
    const path = resolve(cwd, name);
    const w = parseWhatIf(await readText(path, name), name);
    const replacement = w.holidaysFile ? await loadHolidayFile(resolve(dirname(path), w.holidaysFile)) : undefined;
    out.push(variantFromFile(base, w, replacement));
  }
  if (sensitivity) {
    for (const reading of sensitivityReadings(setup.config, setup.calendar.hours)) {
      const name = `${READING_PREFIX}${reading.name}`;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(variantFromReading(base, reading));
    }
  }
  return out;
}
