import { complaintDeadlineRule, isImprovement } from './complaint-common.js';

/** `complaint.improvement`: a 조달 서비스 개선의견 (any channel) has its result notified within 3 days = 24 working hours. */
export const complaintImprovement = complaintDeadlineRule({
  id: 'complaint.improvement',
  aliases: ['C003', 'improvement'],
  title: { ko: '조달 서비스 개선의견 3일 이내 결과 통보', en: 'Service improvement suggestions: result notified within 3 days' },
  clause: '조달 서비스 개선의견을 본청·품질관리단 및 지방청의 모든 부서에 제출할 경우 3일 이내에 결과를 통보',
  threshold: { ko: '24근무시간 (3일 × 8시간)', en: '24 working hours (3 days × 8 h)' },
  requires: ['type', 'answered_at'],
  hours: 24,
  hoursHelp: 'working hours allowed from receipt to the result notice',
  applies: isImprovement,
  action: 'result-notified',
});
