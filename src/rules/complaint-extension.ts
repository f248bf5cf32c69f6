import type { ComplaintRecord } from '../model/records.js';
import { PASS, type Finding } from '../model/rule.js';
import { extensionInputs, judgedNotes } from './complaint-clock.js';
import {
  CLOCK_BASE_DEFAULTS,
  CLOCK_BASE_SPECS,
  GOVERNING_DEFAULTS,
  GOVERNING_FOLLOWS,
  GOVERNING_SPECS,
  clockOptions,
  governingOptions,
  governingPeriod,
  judgeComplaint,
} from './complaint-common.js';
import { ARTICLE_EXTENSION, IMMEDIATE_HOURS } from './law.js';
import { formatWhen } from '../format/index.js';
import { COMPLAINT_NOTE_EXAMPLES, COMPLAINT_NOTE_MESSAGES, type ExtensionData, failureText, words } from './finding-words.js';
import { type RuleDefinition, hoursSpec, num } from './shared.js';

/**
 * `complaint.extension` (처리기간의 연장, 시행령 제21조): each extension a complaint records was
 * made before the deadline it extends, is no longer than the original period, is notified (by
 * the deadline it extends, or within `noticeHours` with `noticeWithin: "hours"`), and — for a
 * second one — had the applicant's consent. A valid extension moves the deadline the inquiry,
 * petition, improvement and statutory rules judge against; an invalid one does not.
 */
export const complaintExtension: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.extension',
    aliases: ['C008', 'extension'],
    kind: 'complaints',
    reads: [],
    title: {
      ko: '처리기간 연장의 적법성 (1회, 원래 기간 이내, 2차는 동의, 통지)',
      en: 'Extensions of the period: once, no longer than the period, a second only with consent, notified',
    },
    clause: ARTICLE_EXTENSION,
    basis: 'law',
    severity: 'error',
    threshold: {
      ko: '연장 기간 ≤ 원래 처리기간, 기한 전 연장·통지, 2차 연장은 민원인 동의',
      en: 'extension ≤ the original period, made and notified before the deadline, a second one with consent',
    },
    scope: 'record',
    requires: ['extended_at'],
    messages: {
      ...COMPLAINT_NOTE_MESSAGES,
      invalid: words<{ invalid: ExtensionData[]; source: string; deadline: number }>({
        en: (d) =>
          `${d.invalid.map((x) => `extension ${x.n} (of the ${formatWhen(x.from)} deadline) is not valid: ${x.failures.map((f) => failureText(f, 'en')).join('; ')}`).join('; ')}; the ${d.source} deadline stays ${formatWhen(d.deadline)}`,
        ko: (d) =>
          `${d.invalid.map((x) => `${x.n}차 연장(기존 기한 ${formatWhen(x.from)}) 부적법: ${x.failures.map((f) => failureText(f, 'ko')).join('; ')}`).join('; ')}; ${d.source} 기한은 ${formatWhen(d.deadline)} 유지`,
      }),
    },
    messageExamples: {
      ...COMPLAINT_NOTE_EXAMPLES,
      invalid: {
        invalid: [
          {
            n: 1,
            from: 1_725_494_400,
            to: null,
            hours: true,
            adds: null,
            failures: [{ f: 'no-date' }, { f: 'too-long', hours: true, asked: 57600, limit: 28800 }],
          },
          {
            n: 2,
            from: 1_725_494_400,
            to: null,
            hours: false,
            adds: null,
            failures: [{ f: 'first-invalid' }, { f: 'too-long', hours: false, asked: 1, limit: 7 }],
          },
        ],
        source: 'complaint.inquiry',
        deadline: 1_725_494_400,
      },
    },
  },
  defaults: {
    noticeWithin: 'deadline',
    noticeHours: IMMEDIATE_HOURS,
    ...GOVERNING_DEFAULTS,
    ...CLOCK_BASE_DEFAULTS,
  },
  optionSpecs: {
    noticeWithin: {
      type: 'enum',
      values: ['deadline', 'hours'],
      description:
        '"deadline": the extension is notified by the deadline it extends; "hours": within noticeHours of the extension',
    },
    noticeHours: hoursSpec(
      'with noticeWithin "hours": working hours from the extension to its notice (follows the top-level immediateHours unless set)',
      'immediateHours',
    ),
    ...GOVERNING_SPECS,
    ...CLOCK_BASE_SPECS,
  },
  follows: GOVERNING_FOLLOWS,
  create(context) {
    const o = governingOptions(context);
    const clock = {
      ...clockOptions(context),
      extension: {
        noticeWithin: context.options.noticeWithin === 'hours' ? ('hours' as const) : ('deadline' as const),
        noticeSeconds: Math.round(num(context, 'noticeHours') * 3600),
      },
    };
    return {
      check(r: ComplaintRecord) {
        if (extensionInputs(r).length === 0) return undefined;
        const g = governingPeriod(r, o);
        if (!g) return undefined;
        const j = judgeComplaint(context, r, g.period, clock);
        const invalid = j.extensions.filter((x) => x.failures.length > 0);
        if (invalid.length === 0) return PASS;
        const finding: Finding = {
          start: j.start,
          end: r.answeredAt,
          deadline: j.original,
          allowedWorkingSeconds: g.period.basis === 'hours' ? g.period.seconds : null,
          elapsedWorkingSeconds: null,
          overWorkingSeconds: null,
          open: r.answeredAt === null,
          messageId: 'invalid',
          data: { invalid, source: g.source, deadline: j.deadline },
          notes: judgedNotes(j, r, clock.pauseCounting),
        };
        return finding;
      },
    };
  },
};
