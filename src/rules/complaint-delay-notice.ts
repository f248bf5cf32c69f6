import type { ComplaintRecord } from '../model/records.js';
import { PASS, PENDING, type Finding } from '../model/rule.js';
import { judgedNotes } from './complaint-clock.js';
import {
  CLOCK_DEFAULTS,
  CLOCK_FOLLOWS,
  CLOCK_SPECS,
  GOVERNING_DEFAULTS,
  GOVERNING_FOLLOWS,
  GOVERNING_SPECS,
  clockOptions,
  governingDeadline,
  governingOptions,
} from './complaint-common.js';
import { formatDuration, formatWhen } from '../format/index.js';
import { COMPLAINT_NOTE_EXAMPLES, COMPLAINT_NOTE_MESSAGES, words } from './finding-words.js';
import { type RuleDefinition } from './shared.js';

/**
 * `complaint.delay-notice`: a complaint that is late against its governing deadline (the
 * charter's web inquiry / 진정·건의 / 개선의견 deadline, else the statutory `processing_days`)
 * had its expected completion date sent (`delay_notified_at`) no later than that deadline.
 * Complaints answered in time are not applicable; open ones still within the deadline are pending.
 */
/** The data of a late or missing delay notice: `at` is `asOf` (open) or the answer; `source` names the governing deadline. */
interface DelayData {
  [key: string]: string | number | boolean | null;
  at: number;
  open: boolean;
  source: string;
  due: number;
  notified: number | null;
  over: number | null;
}

export const complaintDelayNotice: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.delay-notice',
    aliases: ['C005', 'delay-notice'],
    kind: 'complaints',
    reads: [],
    title: { ko: '처리 지연 시 처리 예정기한 안내', en: 'Late complaints: expected completion date sent before the deadline' },
    clause:
      '부득이한 사유로 처리가 지연될 경우에는 지연사유와 처리 예정기한을 알려 드리겠습니다. / 민원내용이 관련부서간 협의 등으로 지연되는 경우에는 민원처리 예정기한을 별도로 알려 드리겠습니다.',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '처리기한 이전 안내', en: 'notice no later than the deadline' },
    scope: 'record',
    requires: ['delay_notified_at', 'answered_at'],
    messages: {
      ...COMPLAINT_NOTE_MESSAGES,
      'no-notice': words<DelayData>({
        en: (d) =>
          `${d.open ? `still open at ${formatWhen(d.at)}` : `answered late (${formatWhen(d.at)})`} past the ${d.source} deadline (due ${formatWhen(d.due)}); ${d.notified === null ? 'no expected completion date was sent' : `the expected completion date was sent ${formatWhen(d.notified)}, ${formatDuration(d.over!, 'en')} (working time) after the deadline`}`,
        ko: (d) =>
          `${d.open ? `${formatWhen(d.at)} 현재 미처리` : `지연 회신(${formatWhen(d.at)})`}, ${d.source} 기한(${formatWhen(d.due)}) 경과; ${d.notified === null ? '처리 예정기한 안내 없음' : `처리 예정기한 안내(${formatWhen(d.notified)})가 기한보다 근무시간 ${formatDuration(d.over!, 'ko')} 늦음`}`,
      }),
    },
    messageExamples: {
      ...COMPLAINT_NOTE_EXAMPLES,
      'no-notice': { at: 1_725_530_400, open: true, source: 'charter', due: 1_725_526_800, notified: 1_725_530_000, over: 3200 },
    },
  },
  defaults: { ...GOVERNING_DEFAULTS, ...CLOCK_DEFAULTS },
  optionSpecs: {
    ...GOVERNING_SPECS,
    ...CLOCK_SPECS,
  },
  follows: {
    ...CLOCK_FOLLOWS,
    ...GOVERNING_FOLLOWS,
  },
  create(context) {
    const o = governingOptions(context);
    const clock = clockOptions(context);
    return {
      check(r: ComplaintRecord) {
        const g = governingDeadline(context, r, o, clock);
        if (!g) return undefined;
        if (!g.late) return r.answeredAt === null ? PENDING : undefined;
        const notified = r.delayNotifiedAt;
        if (notified !== null && notified <= g.deadline) return PASS;
        const open = r.answeredAt === null;
        const over = notified !== null ? context.calendar.elapsed(g.deadline, notified) : null;
        const finding: Finding = {
          start: g.judged.start,
          end: notified,
          deadline: g.deadline,
          // The governing deadline's allowance (hours-based), or null when it is day-based.
          allowedWorkingSeconds: g.allowedSeconds,
          elapsedWorkingSeconds: null,
          overWorkingSeconds: over,
          open,
          messageId: 'no-notice',
          data: { at: open ? context.asOf : r.answeredAt!, open, source: g.source, due: g.deadline, notified, over },
        };
        const notes = judgedNotes(g.judged, r, clock.pauseCounting);
        if (notes.length > 0) finding.notes = notes;
        return finding;
      },
    };
  },
};
