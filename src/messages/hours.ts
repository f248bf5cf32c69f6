/** The words of working hours the calendar cannot use (`INVALID_HOURS`), in English and Korean. */
import type { MessageData } from '../model/messages.js';
import type { Templates } from './template.js';

type D = MessageData['INPUT_HOURS'];

const ACCEPTED = {
  en: 'accepted: sorted, non-overlapping HH:MM-HH:MM ranges within 00:00-24:00, e.g. 09:00-12:00,13:00-18:00',
  ko: '쓸 수 있는 형식: 00:00-24:00 안의 HH:MM-HH:MM 구간을 시간순으로, 겹치지 않게 (예: 09:00-12:00,13:00-18:00)',
};

function what(d: D, lang: 'en' | 'ko'): string {
  const en = lang === 'en';
  switch (d.problem) {
    case 'empty':
      return en ? 'no working interval' : '근무 구간이 없습니다';
    case 'format':
      return en ? `"${d.item}" is not HH:MM-HH:MM` : `"${d.item}"은(는) HH:MM-HH:MM 형식이 아닙니다`;
    case 'reversed':
      return en ? `"${d.item}" ends before it starts` : `"${d.item}"은(는) 끝나는 시각이 시작 시각보다 늦지 않습니다`;
    case 'overlap':
      return en
        ? `"${d.item}" overlaps or precedes ${d.previous}`
        : `"${d.item}"이(가) 앞 구간 ${d.previous}와(과) 겹치거나 그보다 앞섭니다`;
  }
}

export const HOURS: Templates<'INPUT_HOURS'> = {
  INPUT_HOURS: {
    en: (d) => `working hours "${d.hours.join(',')}": ${what(d, 'en')}; ${ACCEPTED.en}`,
    ko: (d) => `근무시간 "${d.hours.join(',')}": ${what(d, 'ko')}. ${ACCEPTED.ko}`,
  },
};
