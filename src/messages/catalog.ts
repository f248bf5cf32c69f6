/**
 * The catalog: every code's English and Korean words in one object, typed by the code's data
 * (`model/messages.ts`), so a code without words, or words reading data the code does not
 * carry, does not compile. Text is made here, once, at the edge: formatters and the CLI call
 * {@link renderMessage} in the report's language.
 */
import type { Label, Message, MessageCode } from '../model/messages.js';
import type { Lang, Localized } from '../model/rule.js';
import { REJECTIONS } from './rejections.js';
import type { Template, Templates } from './template.js';
import { CONFIG } from './config.js';
import { DIFF } from './diff.js';
import { HEADER, INPUT } from './inputs.js';
import { READING } from './reading.js';
import { USAGE } from './usage.js';
import { WARNINGS } from './warnings.js';
import { WORKBOOK } from './workbook.js';
import { HOLIDAYS } from './holidays.js';
import { NOT_EVALUATED } from './not-evaluated.js';
import { HOURS } from './hours.js';
import { WHATIF } from './whatif.js';
import { CLI } from './cli.js';

/** Every code's templates. */
export const CATALOG: Templates<MessageCode> = {
  ...REJECTIONS,
  ...WARNINGS,
  ...INPUT,
  ...HEADER,
  ...CONFIG,
  ...READING,
  ...WORKBOOK,
  ...HOLIDAYS,
  ...NOT_EVALUATED,
  ...HOURS,
  ...WHATIF,
  ...USAGE,
  ...DIFF,
  ...CLI,
};

/**
 * A message in `lang`.
 *
 * @example renderMessage({ code: 'NUL_BYTE', data: { header: '처리부서' } }, 'en') // => '처리부서 holds NUL bytes (binary data in a text export)'
 */
export function renderMessage(m: Message, lang: Lang): string {
  const template = CATALOG[m.code] as Template<unknown>;
  return template[lang](m.data);
}

/**
 * A message in both languages.
 *
 * @example renderBoth({ code: 'SUMMARY_ROW', data: {} }).ko // => '합계/소계 행입니다: 기록이 아니므로 점검하지 않습니다'
 */
export function renderBoth(m: Message): Localized {
  return { en: renderMessage(m, 'en'), ko: renderMessage(m, 'ko') };
}

/**
 * A label in `lang`: fixed bilingual words, or a code and its data worded by the catalog.
 *
 * @example labelText({ en: 'lunch 11:30', ko: '점심 11:30' }, 'ko') // => '점심 11:30'
 * @example labelText({ code: 'WHATIF_LABEL', data: { what: 'changes', changes: [] } }, 'en') // => '—'
 */
export function labelText(label: Label, lang: Lang): string {
  return 'code' in label ? renderMessage(label, lang) : label[lang];
}
