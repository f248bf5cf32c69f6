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
import { type RuleDefinition, formatDuration, formatWhen } from './shared.js';

/**
 * `complaint.delay-notice`: a complaint that is late against its governing deadline (the
 * charter's web inquiry / 진정·건의 / 개선의견 deadline, else the statutory `processing_days`)
 * had its expected completion date sent (`delay_notified_at`) no later than that deadline.
 * Complaints answered in time are not applicable; open ones still within the deadline are pending.
 */
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
        const due = formatWhen(g.deadline);
        const over = notified !== null ? context.calendar.elapsed(g.deadline, notified) : null;
        const state = open
          ? { en: `still open at ${formatWhen(context.asOf)}`, ko: `${formatWhen(context.asOf)} 현재 미처리` }
          : { en: `answered late (${formatWhen(r.answeredAt!)})`, ko: `지연 회신(${formatWhen(r.answeredAt!)})` };
        const notice =
          notified === null
            ? { en: 'no expected completion date was sent', ko: '처리 예정기한 안내 없음' }
            : {
                en: `the expected completion date was sent ${formatWhen(notified)}, ${formatDuration(over!).en} (working time) after the deadline`,
                ko: `처리 예정기한 안내(${formatWhen(notified)})가 기한보다 근무시간 ${formatDuration(over!).ko} 늦음`,
              };
        const finding: Finding = {
          start: g.judged.start,
          end: notified,
          deadline: g.deadline,
          // The governing deadline's allowance (hours-based), or null when it is day-based.
          allowedWorkingSeconds: g.allowedSeconds,
          elapsedWorkingSeconds: null,
          overWorkingSeconds: over,
          open,
          message: {
            en: `${state.en} past the ${g.source} deadline (due ${due}); ${notice.en}`,
            ko: `${state.ko}, ${g.source} 기한(${due}) 경과; ${notice.ko}`,
          },
        };
        const notes = judgedNotes(g.judged, r, clock.pauseCounting);
        if (notes.length > 0) finding.notes = notes;
        return finding;
      },
    };
  },
};
