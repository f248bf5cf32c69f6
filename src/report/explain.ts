/**
 * `--explain ID`: how one violation's deadline was computed, in words — the clock start, the
 * allowed working time, the non-working days skipped (with holiday names), the supplement
 * pauses, the deadline and how far past it the record went.
 */
import { type Instant, formatClock, kstDay, secondOfDay } from '../calendar/kst.js';
import type { SkippedDay, WorkingCalendar } from '../model/calendar.js';
import type { Explained, Violation } from '../model/result.js';
import { type Lang, findingText, renderFinding } from '../model/rule.js';
import { formatDayWithWeekday, formatDuration } from '../format/index.js';
import { labels } from './i18n.js';
import { oneLine } from './sanitize.js';
import { placeOf } from '../model/place.js';

/** Skipped days listed one by one before "and N more". */
const SKIPPED_SHOWN = 20;

/**
 * A KST instant with its weekday, for people.
 *
 * @example when(kstInstant(2024, 9, 13, 17, 0), 'ko') // => '2024-09-13 (금) 17:00'
 */
export function when(t: Instant, lang: Lang): string {
  return `${formatDayWithWeekday(kstDay(t), lang)} ${formatClock(secondOfDay(t))}`;
}

function skippedText(days: readonly SkippedDay[], lang: Lang): string[] {
  const t = labels(lang).explain;
  const shown = days.slice(0, SKIPPED_SHOWN).map((d) => {
    const why = d.reason === 'weekend' && d.names.length === 0 ? t.weekend : d.names.map(oneLine).join('·') || t.weekend;
    return `${formatDayWithWeekday(d.day, lang)} ${why}`;
  });
  if (days.length > SKIPPED_SHOWN) shown.push(labels(lang).andMore(days.length - SKIPPED_SHOWN));
  return shown;
}

/**
 * Explains one violation. Pure: everything comes from the violation and the calendar it was
 * judged on. Days outside the calendar's loaded years are left out of the skipped-day list
 * rather than guessed.
 *
 * @example explainViolation(v, createCalendar(), 'ko').includes('추석') // => true for a 추석-week complaint
 */
export function explainViolation(v: Violation | Explained, calendar: WorkingCalendar, lang: Lang): string {
  const L = labels(lang);
  const t = L.explain;
  const outcome = 'outcome' in v ? v.outcome : null;
  const out: string[] = [`${t.heading(oneLine(v.recordId), v.rule)}${outcome ? `: ${t.outcome[outcome]}` : ''}`];
  const item = (label: string, value: string) => out.push(`  ${label}: ${value}`);
  item(t.source, `${oneLine(placeOf(v.file, v.line, lang))}${v.department ? ` (${L.department} ${oneLine(v.department)})` : ''}`);
  item(t.received, when(v.start, lang));
  if (outcome && 'described' in v && !v.described) {
    item(t.message, `${t.noDeadline} (${oneLine(findingText(v, lang))})`);
    return `${out.join('\n')}\n`;
  }
  let clockStart: Instant | null = null;
  if (calendar.covers(v.start)) {
    clockStart = calendar.clockStart(v.start);
    item(t.clockStart, clockStart === v.start ? `${when(clockStart, lang)} — ${t.sameAsStart}` : when(clockStart, lang));
  }
  if (v.allowedWorkingSeconds !== null) {
    const days = v.allowedWorkingSeconds / calendar.secondsPerWorkingDay;
    const inDays =
      Number.isInteger(days) && days > 0
        ? ` = ${days}${lang === 'ko' ? '일' : days === 1 ? ' working day' : ' working days'}`
        : '';
    item(
      t.allowed,
      `${formatDuration(v.allowedWorkingSeconds, lang)}${lang === 'ko' ? ' (근무시간)' : ' of working time'}${inDays}`,
    );
  } else if (v.deadline !== null) {
    item(t.allowed, t.dayBased);
  }
  const until = v.deadline ?? v.end;
  if (until !== null && until > v.start) {
    let skipped: SkippedDay[] = [];
    try {
      skipped = calendar.skippedDays(v.start, until);
    } catch {
      skipped = [];
    }
    const list = skippedText(skipped, lang);
    if (list.length === 0) item(t.skipped, t.none);
    else {
      out.push(`  ${t.skipped}:`);
      for (const s of list) out.push(`    - ${s}`);
    }
  }
  if (v.pauses?.length) {
    out.push(`  ${t.pauses}:`);
    for (const p of v.pauses)
      out.push(`    - ${when(p.from, lang)} ~ ${when(p.to, lang)} (${formatDuration(p.workingSeconds, lang)})`);
  }
  item(t.deadline, v.deadline === null ? '—' : when(v.deadline, lang));
  for (const note of v.notes ?? []) out.push(`  - ${oneLine(renderFinding(v.messages, note.messageId, note.data, lang))}`);
  item(t.completed, v.end === null ? t.stillOpen : when(v.end, lang));
  if (v.elapsedWorkingSeconds !== null) item(t.elapsed, formatDuration(v.elapsedWorkingSeconds, lang));
  if (v.overWorkingSeconds !== null) item(t.over, formatDuration(v.overWorkingSeconds, lang));
  if (outcome && v.allowedWorkingSeconds !== null && v.elapsedWorkingSeconds !== null) {
    item(t.margin, formatDuration(v.allowedWorkingSeconds - v.elapsedWorkingSeconds, lang));
  }
  item(t.message, oneLine(findingText(v, lang)));
  return `${out.join('\n')}\n`;
}
