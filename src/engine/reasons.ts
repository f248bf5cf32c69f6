/**
 * The engine's own rejections and warnings as data (one constructor per message, like the
 * reader's in `ingest/reasons.ts`); the words are the catalog's (`messages/`).
 */
import type { ColumnMapping } from '../model/input.js';
import type { Message } from '../model/messages.js';
import type { Kind } from '../model/records.js';

/**
 * The column as the file's header writes it, or the canonical name when no header cell maps to it.
 *
 * @example headerOf([{ index: 0, header: '접수일시', column: 'received_at', via: 'alias' }], 'received_at') // => '접수일시'
 */
export function headerOf(mapping: readonly ColumnMapping[], column: string): string {
  for (const m of mapping) if (m.column === column) return m.header;
  return column;
}

/** The engine's reasons and warnings, by message. */
export const say = {
  /**
   * CALENDAR_YEAR_NOT_LOADED for a timestamp of the record: its column, the header naming it in
   * the file, and the instant.
   *
   * @example say.yearNotLoaded('received_at', '접수일시', '2028-01-03 09:00', 2028, [2018, 2027]).data.span // => false
   */
  yearNotLoaded(
    column: string,
    header: string,
    at: string,
    year: number,
    loaded: readonly number[],
  ): Message<'CALENDAR_YEAR_NOT_LOADED'> {
    return { code: 'CALENDAR_YEAR_NOT_LOADED', data: { span: false, column, header, at, year, loaded } };
  },

  /**
   * CALENDAR_YEAR_NOT_LOADED while a rule computed a deadline or elapsed time (the record's own
   * timestamps are covered; the working-time span reaches a year without data).
   *
   * @example say.spanNotLoaded('deadline', 2028, [2018, 2027]).data.span // => true
   */
  spanNotLoaded(what: string | undefined, year: number, loaded: readonly number[]): Message<'CALENDAR_YEAR_NOT_LOADED'> {
    return { code: 'CALENDAR_YEAR_NOT_LOADED', data: { span: true, what: what ?? null, year, loaded } };
  },

  /**
   * Warning RULE_SKIPPED: the file lacks columns the rule needs.
   *
   * @example say.ruleSkipped('call.rings', 'calls', ['rings']).data.missing // => ['rings']
   */
  ruleSkipped(rule: string, kind: Kind, missing: readonly string[]): Message<'RULE_SKIPPED'> {
    return { code: 'RULE_SKIPPED', data: { rule, kind, missing } };
  },
};
