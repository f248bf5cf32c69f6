import { ANSWERED, CLAUSE_WEB, complaintDeadlineRule, isWebInquiry } from './complaint-common.js';

/** `complaint.inquiry`: a web inquiry (인터넷 조달업무 질의) answered within 1 day = 8 working hours. */
export const complaintInquiry = complaintDeadlineRule({
  id: 'complaint.inquiry',
  aliases: ['C001', 'inquiry'],
  title: {
    ko: '인터넷 조달업무 질의 1일(8근무시간) 이내 처리',
    en: 'Web procurement inquiries answered within 1 day (8 working hours)',
  },
  clause: CLAUSE_WEB,
  threshold: { ko: '8근무시간', en: '8 working hours' },
  requires: ['channel', 'type', 'answered_at'],
  hours: 8,
  hoursHelp: 'working hours allowed from receipt to answer',
  applies: isWebInquiry,
  action: ANSWERED,
});
