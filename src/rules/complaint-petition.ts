import { ANSWERED, CLAUSE_WEB, complaintDeadlineRule, isWebPetition } from './complaint-common.js';

/** `complaint.petition`: a web 진정·건의 answered within 5 days = 40 working hours (hours-based, 법 제19조). */
export const complaintPetition = complaintDeadlineRule({
  id: 'complaint.petition',
  aliases: ['C002', 'petition'],
  title: { ko: '인터넷 진정·건의 5일 이내 처리', en: 'Web petitions and suggestions answered within 5 days' },
  clause: CLAUSE_WEB,
  threshold: { ko: '40근무시간 (5일 × 8시간)', en: '40 working hours (5 days × 8 h)' },
  requires: ['channel', 'type', 'answered_at'],
  hours: 40,
  hoursHelp: 'working hours allowed from receipt to answer',
  applies: isWebPetition,
  action: ANSWERED,
});
