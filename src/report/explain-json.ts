/**
 * `--explain ID --format json|ndjson`: the explanation of a record as data. Each judged rule gives
 * one object: the violation fields of the JSON report (`violationJson`), its `outcome`, where the
 * clock started, the days skipped with their holiday names, the pauses, and the same explanation
 * in words (`text`, in `--lang`).
 */
import { formatDay, formatInstant } from '../calendar/kst.js';
import type { SkippedDay, WorkingCalendar } from '../model/calendar.js';
import type { Explained, Violation } from '../model/result.js';
import type { Lang } from '../model/rule.js';
import { explainViolation } from './explain.js';
import { violationJson } from './json.js';

/**
 * One judged rule of the explained record as JSON (key order fixed: `outcome` first).
 *
 * @example explanationJson(v, calendar, 'en').outcome // => 'violation'
 */
export function explanationJson(v: Violation | Explained, calendar: WorkingCalendar, lang: Lang): Record<string, unknown> {
  const covered = calendar.covers(v.start);
  const until = v.deadline ?? v.end;
  let skipped: SkippedDay[] = [];
  if (covered && until !== null && until > v.start) {
    try {
      skipped = calendar.skippedDays(v.start, until);
    } catch {
      skipped = [];
    }
  }
  return {
    outcome: 'outcome' in v ? v.outcome : 'violation',
    ...violationJson(v, lang),
    clockStart: covered ? formatInstant(calendar.clockStart(v.start)) : null,
    skippedDays: skipped.map((s) => ({ date: formatDay(s.day), reason: s.reason, names: s.names })),
    pauses: (v.pauses ?? []).map((p) => ({
      from: formatInstant(p.from),
      to: formatInstant(p.to),
      workingSeconds: p.workingSeconds,
    })),
    text: explainViolation(v, calendar, lang).trimEnd(),
  };
}

/**
 * The JSON document of `--explain ID --format json` (two-space indented, a newline at the end).
 *
 * @example JSON.parse(explainJsonDocument('Q-1', [v], calendar, 'en')).explanations.length // => 1
 */
export function explainJsonDocument(
  recordId: string,
  items: readonly (Violation | Explained)[],
  calendar: WorkingCalendar,
  lang: Lang,
): string {
  const doc = { schemaVersion: 1, recordId, explanations: items.map((v) => explanationJson(v, calendar, lang)) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The lines of `--explain ID --format ndjson`: one `"type": "explanation"` object per judged rule.
 *
 * @example explainNdjsonLines([v], calendar, 'en').startsWith('{"type":"explanation","outcome":') // => true
 */
export function explainNdjsonLines(items: readonly (Violation | Explained)[], calendar: WorkingCalendar, lang: Lang): string {
  return items.map((v) => `${JSON.stringify({ type: 'explanation', ...explanationJson(v, calendar, lang) })}\n`).join('');
}
