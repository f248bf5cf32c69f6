/**
 * The words of the findings the shared checks make (hours- and day-based deadlines, their
 * `--explain` descriptions, a complaint's extensions and notes): templates of plain data, which
 * a rule spreads into its `meta.messages`. A finding carries a message id and data; the text is
 * made once, at the edge, by `renderFinding`.
 */
import { formatDay, kstDay } from '../calendar/kst.js';
import { formatDuration, formatWhen } from '../format/index.js';
import type { FindingData, FindingTemplate, Lang, Localized } from '../model/rule.js';

/** What finishes the measured span, by key (the findings' words: answered / 회신). */
export const ACTIONS = {
  answered: { en: 'answered', ko: '회신' },
  'called-back': { en: 'called back', ko: '회신전화' },
  'result-notified': { en: 'result notified', ko: '결과 통보' },
  'delivery-requested': { en: 'delivery requested', ko: '납품요구' },
  concluded: { en: 'concluded', ko: '계약체결' },
  paid: { en: 'paid', ko: '지급' },
} as const satisfies Record<string, Localized>;

/** What finishes the measured span. */
export type Action = keyof typeof ACTIONS;

/**
 * A typed template: `D` is the data the words read.
 *
 * @example words<{ n: number }>({ en: (d) => `${d.n}`, ko: (d) => `${d.n}건` }).ko({ n: 2 }) // => '2건'
 */
export function words<D extends FindingData>(t: FindingTemplate<D>): FindingTemplate<D> {
  return t;
}

/** @example ordinal(1) // => '1st'  ordinal(12) // => '12th'  ordinal(22) // => '22nd' */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Why an extension is not valid (시행령 제21조), as data. */
export type ExtensionFailure =
  | { f: 'first-invalid' }
  | { f: 'no-date' }
  | { f: 'not-after'; current: number }
  | { f: 'too-long'; hours: boolean; asked: number; limit: number }
  | { f: 'no-at' }
  | { f: 'made-late'; at: number; current: number }
  | { f: 'no-consent' }
  | { f: 'not-notified' }
  | { f: 'notified-late'; at: number; due: number };

/** One extension as a finding's data: `adds` in working seconds (hours) or working days, null when unknown. */
export interface ExtensionData {
  [key: string]: FindingData[string];
  n: number;
  from: number;
  to: number | null;
  hours: boolean;
  adds: number | null;
  failures: ExtensionFailure[];
}

function amount(hours: boolean, n: number, lang: Lang): string {
  if (hours) return formatDuration(n, lang);
  return lang === 'en' ? `${n} working day${n === 1 ? '' : 's'}` : `${n}근무일`;
}

/**
 * An extension's failure in `lang`.
 *
 * @example failureText({ f: 'not-notified' }, 'ko') // => '민원인 통지 없음'
 */
export function failureText(x: ExtensionFailure, lang: Lang): string {
  const en = lang === 'en';
  switch (x.f) {
    case 'first-invalid':
      return en ? 'the first extension was not valid' : '1차 연장이 유효하지 않음';
    case 'no-date':
      return en ? 'no new date (extended_until or extension_days)' : '연장 기한(extended_until 또는 extension_days) 없음';
    case 'not-after':
      return en
        ? `the new date is not after the deadline it extends (${formatWhen(x.current)})`
        : `연장 기한이 기존 기한(${formatWhen(x.current)}) 이후가 아님`;
    case 'too-long':
      return en
        ? `longer than the original period (${amount(x.hours, x.asked, 'en')} > ${amount(x.hours, x.limit, 'en')})`
        : `원래 처리기간보다 김(${amount(x.hours, x.asked, 'ko')} > ${amount(x.hours, x.limit, 'ko')})`;
    case 'no-at':
      return en ? 'no date of the extension (extended_at)' : '연장 일시(extended_at) 없음';
    case 'made-late':
      return en
        ? `made ${formatWhen(x.at)}, after the deadline it extends (${formatWhen(x.current)})`
        : `연장(${formatWhen(x.at)})이 기존 기한(${formatWhen(x.current)}) 이후에 이루어짐`;
    case 'no-consent':
      return en ? "a second extension without the applicant's consent" : '민원인의 동의 없는 2차 연장';
    case 'not-notified':
      return en ? 'the applicant was not notified' : '민원인 통지 없음';
    case 'notified-late':
      return en
        ? `notified ${formatWhen(x.at)}, after ${formatWhen(x.due)}`
        : `통지(${formatWhen(x.at)})가 ${formatWhen(x.due)}보다 늦음`;
  }
}

/**
 * What the extensions did, in `lang`, each part after `; ` (empty when there were none).
 *
 * @example extensionText([], 'en') // => ''
 */
export function extensionText(extensions: readonly ExtensionData[], lang: Lang): string {
  let out = '';
  for (const x of extensions) {
    const adds = x.adds === null ? '' : `+${amount(x.hours, x.adds, lang)}`;
    const failures = x.failures.map((f) => failureText(f, lang)).join('; ');
    if (x.failures.length === 0)
      out +=
        lang === 'en'
          ? `; extension ${x.n} to ${formatWhen(x.to!)} (${adds}) applied`
          : `; ${x.n}차 연장(${formatWhen(x.to!)}까지, ${adds}) 적용`;
    else out += lang === 'en' ? `; extension ${x.n} not applied: ${failures}` : `; ${x.n}차 연장 불인정: ${failures}`;
  }
  return out;
}

/** The data of an hours-based deadline finding (`hours-late`, `hours-open`). */
export interface HoursData {
  [key: string]: FindingData[string];
  action: Action;
  /** `asOf` for an open record. */
  at: number;
  late: number;
  limit: number;
  due: number;
  /** Supplement pauses not counted: their number and working seconds. */
  pauses: number;
  paused: number;
  extensions: ExtensionData[];
}

/** The data of a day-based deadline finding (`days-late`, `days-open`): `on` is the completion's (or `asOf`'s) instant. */
export interface DaysData {
  [key: string]: FindingData[string];
  action: Action;
  on: number;
  days: number;
  extraDays: number;
  due: number;
  extensions: ExtensionData[];
}

function hoursPause(d: HoursData, lang: Lang): string {
  if (d.pauses === 0) return '';
  return lang === 'en'
    ? `; supplement pause${d.pauses > 1 ? 's' : ''} of ${formatDuration(d.paused, 'en')} not counted`
    : `; 보완기간 ${formatDuration(d.paused, 'ko')} 제외`;
}

function daysPause(d: DaysData, lang: Lang): string {
  if (d.extraDays === 0) return '';
  return lang === 'en'
    ? ` (${d.days} days + ${d.extraDays} for the supplement pause)`
    : `(${d.days}일 + 보완기간 ${d.extraDays}일)`;
}

const day = (t: number) => formatDay(kstDay(t));

/** The data of an `--explain` description of a record within its deadline. */
export interface PassData {
  [key: string]: FindingData[string];
  action: Action;
  /** `asOf` (open) or the completion. */
  at: number;
  used: number;
  left: number;
  due: number;
  nth: number;
}

/** The deadline messages the shared checks make; a rule using `checkHours`/`checkDays` spreads them into `meta.messages`. */
export const DEADLINE_MESSAGES = {
  'hours-late': words<HoursData>({
    en: (d) =>
      `${ACTIONS[d.action].en} ${formatDuration(d.late, 'en')} (working time) after the ${formatDuration(d.limit, 'en')} deadline (due ${formatWhen(d.due)})${hoursPause(d, 'en')}${extensionText(d.extensions, 'en')}`,
    ko: (d) =>
      `${ACTIONS[d.action].ko}: 기한(근무시간 ${formatDuration(d.limit, 'ko')}, ${formatWhen(d.due)}까지)보다 근무시간 ${formatDuration(d.late, 'ko')} 늦음${hoursPause(d, 'ko')}${extensionText(d.extensions, 'ko')}`,
  }),
  'hours-open': words<HoursData>({
    en: (d) =>
      `still not ${ACTIONS[d.action].en} at ${formatWhen(d.at)}: ${formatDuration(d.late, 'en')} (working time) past the ${formatDuration(d.limit, 'en')} deadline (due ${formatWhen(d.due)})${hoursPause(d, 'en')}${extensionText(d.extensions, 'en')}`,
    ko: (d) =>
      `${formatWhen(d.at)} 현재 미${ACTIONS[d.action].ko}: 기한(근무시간 ${formatDuration(d.limit, 'ko')}, ${formatWhen(d.due)}까지)을 근무시간 ${formatDuration(d.late, 'ko')} 초과${hoursPause(d, 'ko')}${extensionText(d.extensions, 'ko')}`,
  }),
  'days-late': words<DaysData>({
    en: (d) =>
      `${ACTIONS[d.action].en} on ${day(d.on)}, after the ${ordinal(d.days + d.extraDays)} working day ${day(d.due)}${daysPause(d, 'en')}${extensionText(d.extensions, 'en')}`,
    ko: (d) =>
      `${day(d.on)}에 ${ACTIONS[d.action].ko}: 기한 ${d.days + d.extraDays}번째 근무일${daysPause(d, 'ko')} ${day(d.due)} 이후${extensionText(d.extensions, 'ko')}`,
  }),
  'days-open': words<DaysData>({
    en: (d) =>
      `still not ${ACTIONS[d.action].en} on ${day(d.on)}, past the ${ordinal(d.days + d.extraDays)} working day ${day(d.due)}${daysPause(d, 'en')}${extensionText(d.extensions, 'en')}`,
    ko: (d) =>
      `${day(d.on)} 현재 미${ACTIONS[d.action].ko}: 기한 ${d.days + d.extraDays}번째 근무일${daysPause(d, 'ko')} ${day(d.due)} 경과${extensionText(d.extensions, 'ko')}`,
  }),
  'hours-pass': words<PassData>({
    en: (d) =>
      `${ACTIONS[d.action].en} after ${formatDuration(d.used, 'en')} of working time, ${formatDuration(d.left, 'en')} before the deadline (${formatWhen(d.due)})`,
    ko: (d) =>
      `근무시간 ${formatDuration(d.used, 'ko')} 만에 ${ACTIONS[d.action].ko}, 기한(${formatWhen(d.due)})보다 ${formatDuration(d.left, 'ko')} 이름`,
  }),
  'hours-pending': words<PassData>({
    en: (d) =>
      `open, ${formatDuration(d.used, 'en')} of working time used at ${formatWhen(d.at)}; ${formatDuration(d.left, 'en')} left until ${formatWhen(d.due)}`,
    ko: (d) =>
      `${formatWhen(d.at)} 현재 미${ACTIONS[d.action].ko}, 근무시간 ${formatDuration(d.used, 'ko')} 경과; ${formatWhen(d.due)}까지 ${formatDuration(d.left, 'ko')} 남음`,
  }),
  'days-pass': words<PassData>({
    en: (d) => `${ACTIONS[d.action].en} on ${day(d.at)}, no later than the ${ordinal(d.nth)} working day ${day(d.due)}`,
    ko: (d) => `${day(d.at)}에 ${ACTIONS[d.action].ko}: 기한 ${d.nth}번째 근무일 ${day(d.due)} 이내`,
  }),
  'days-pending': words<PassData>({
    en: (d) => `open on ${day(d.at)}, within the ${ordinal(d.nth)} working day ${day(d.due)}`,
    ko: (d) => `${day(d.at)} 현재 미${ACTIONS[d.action].ko}, 기한 ${d.nth}번째 근무일 ${day(d.due)} 이내`,
  }),
};

const T0 = 1_725_494_400; // 2024-09-05 09:00 KST

/** Sample data of {@link DEADLINE_MESSAGES}, for a rule's `meta.messageExamples`. */
export const DEADLINE_EXAMPLES: Record<keyof typeof DEADLINE_MESSAGES, FindingData> = {
  'hours-late': { action: 'paid', at: T0, late: 3600, limit: 14400, due: T0, pauses: 1, paused: 600, extensions: [] },
  'hours-open': {
    action: 'answered',
    at: T0,
    late: 60,
    limit: 28800,
    due: T0,
    pauses: 0,
    paused: 0,
    extensions: [
      { n: 1, from: T0, to: T0 + 86400, hours: true, adds: 28800, failures: [] },
      {
        n: 2,
        from: T0,
        to: null,
        hours: true,
        adds: null,
        failures: [{ f: 'no-consent' }, { f: 'notified-late', at: T0, due: T0 }],
      },
    ],
  },
  'days-late': { action: 'answered', on: T0, days: 7, extraDays: 1, due: T0, extensions: [] },
  'days-open': { action: 'concluded', on: T0, days: 10, extraDays: 0, due: T0, extensions: [] },
  'hours-pass': { action: 'paid', at: T0, used: 600, left: 3600, due: T0, nth: 0 },
  'hours-pending': { action: 'paid', at: T0, used: 600, left: 3600, due: T0, nth: 0 },
  'days-pass': { action: 'concluded', at: T0, used: 0, left: 0, due: T0, nth: 3 },
  'days-pending': { action: 'concluded', at: T0, used: 0, left: 0, due: T0, nth: 3 },
};

/** The `--explain` lines of a judged complaint (see `judgedNotes`). */
export const COMPLAINT_NOTE_MESSAGES = {
  'note-transfer': words<{ at: number; to: string | null; received: number }>({
    en: (d) =>
      `clock starts at the transfer (이송) ${formatWhen(d.at)}${d.to ? ` to ${d.to}` : ''}, not at the receipt ${formatWhen(d.received)}`,
    ko: (d) => `이송(${formatWhen(d.at)}${d.to ? `, ${d.to}` : ''}) 시각부터 기산 (접수 ${formatWhen(d.received)})`,
  }),
  'note-original': words<{ at: number }>({
    en: (d) => `original deadline: ${formatWhen(d.at)}`,
    ko: (d) => `원래 처리기한: ${formatWhen(d.at)}`,
  }),
  'note-extended': words<{ at: number; same: boolean }>({
    en: (d) => `deadline with valid extensions: ${formatWhen(d.at)}${d.same ? ' (no valid extension)' : ''}`,
    ko: (d) => `연장 반영 처리기한: ${formatWhen(d.at)}${d.same ? ' (유효한 연장 없음)' : ''}`,
  }),
  'note-extensions': words<{ extensions: ExtensionData[] }>({
    en: (d) => extensionText(d.extensions, 'en').slice(2),
    ko: (d) => extensionText(d.extensions, 'ko').slice(2),
  }),
  'note-pauses': words<{ counting: string }>({
    en: (d) =>
      d.counting === 'whole-days'
        ? 'pauses counted in whole days (pauseCounting: whole-days)'
        : 'pauses counted in working time (pauseCounting: working-time)',
    ko: (d) =>
      d.counting === 'whole-days'
        ? '보완기간을 일 단위로 계산 (pauseCounting: whole-days)'
        : '보완기간을 근무시간으로 계산 (pauseCounting: working-time)',
  }),
};

/** Sample data of {@link COMPLAINT_NOTE_MESSAGES}. */
export const COMPLAINT_NOTE_EXAMPLES: Record<keyof typeof COMPLAINT_NOTE_MESSAGES, FindingData> = {
  'note-transfer': { at: T0, to: '조달청', received: T0 },
  'note-original': { at: T0 },
  'note-extended': { at: T0, same: true },
  'note-extensions': { extensions: [{ n: 1, from: T0, to: null, hours: false, adds: null, failures: [{ f: 'no-date' }] }] },
  'note-pauses': { counting: 'whole-days' },
};
