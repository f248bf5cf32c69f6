/** The words of the errors of a holidays file (`--holidays`): one that cannot be read or holds a line not accepted. */
import type { MessageData } from '../model/messages.js';
import type { Templates } from './template.js';
import { systemDetail } from './system-errors.js';
import { jsonSyntaxKo } from './json-syntax.js';

type D = MessageData['INPUT_HOLIDAYS'];

const ACCEPTED = {
  csv: {
    en: 'accepted: CSV lines "date,name[,add|remove]", e.g. 2028-01-01,1월 1일',
    ko: '쓸 수 있는 형식: CSV 줄 "날짜,이름[,add|remove]" (예: 2028-01-01,1월 1일)',
  },
  json: {
    en: 'accepted: JSON [{"date":"2028-01-01","name":"1월 1일"}, {"date":"…","remove":true}] or {"add":[{"date","name"}],"remove":["date"]}',
    ko: '쓸 수 있는 형식: JSON [{"date":"2028-01-01","name":"1월 1일"}, {"date":"…","remove":true}] 또는 {"add":[{"date","name"}],"remove":["date"]}',
  },
  date: {
    en: 'accepted: a date like 2028-01-01 (also 2028.01.01, 2028/1/1, 20280101, 2028년 1월 1일)',
    ko: '쓸 수 있는 형식: 2028-01-01 같은 날짜 (2028.01.01, 2028/1/1, 20280101, 2028년 1월 1일도 됩니다)',
  },
  action: { en: 'accepted: add (default) or remove', ko: '쓸 수 있는 값: add(기본값) 또는 remove' },
} as const;

function where(d: D): string {
  return d.line === null ? d.file : `${d.file}:${d.line}`;
}

function en(d: D): string {
  switch (d.problem) {
    case 'read':
      return `${d.file}: cannot read the holidays file (${d.missing ? 'no such file' : systemDetail(d.detail, 'en')}); give a readable CSV or JSON file`;
    case 'quote':
      return `${where(d)}: a quoted field is not closed; ${ACCEPTED.csv.en}`;
    case 'fields':
      return `${where(d)}: ${d.fields} fields, at most 3 expected; ${ACCEPTED.csv.en}`;
    case 'date-empty':
      return `${where(d)}: the date is empty; ${ACCEPTED.date.en}`;
    case 'not-a-date':
      return `${where(d)}: "${d.text}" is not a date; ${ACCEPTED.date.en}`;
    case 'no-name':
      return `${where(d)}: no name for ${d.date}; an added holiday needs its name, e.g. ${d.format === 'csv' ? '2028-01-01,1월 1일' : '{"date":"2028-01-01","name":"1월 1일"}'}`;
    case 'action':
      return `${where(d)}: unknown action "${d.action}"; ${ACCEPTED.action.en}`;
    case 'json':
      return `${where(d)}: invalid JSON (${d.detail}); ${ACCEPTED.json.en}`;
    case 'not-object':
      return `${where(d)}: ${d.path} is not an object; ${ACCEPTED.json.en}`;
    case 'unknown-field':
      return d.path === null
        ? `${where(d)}: unknown top-level field "${d.field}"; ${ACCEPTED.json.en}`
        : `${where(d)}: ${d.path} has an unknown field "${d.field}"; ${ACCEPTED.json.en}`;
    case 'date-type':
      return `${where(d)}: ${d.path}.date is missing or not a string; ${ACCEPTED.date.en}`;
    case 'remove-type':
      return `${where(d)}: ${d.path}.remove is not true or false; ${ACCEPTED.json.en}`;
    case 'remove-date':
      return `${where(d)}: ${d.path} is not a date string; ${ACCEPTED.date.en}`;
    case 'arrays':
      return `${where(d)}: "add" and "remove" must be arrays; ${ACCEPTED.json.en}`;
    case 'not-array-or-object':
      return `${where(d)}: the JSON is neither an array nor an object; ${ACCEPTED.json.en}`;
    case 'conflict':
      return `${where(d)}: ${d.date} is both added${d.addedLine === null ? '' : ` (line ${d.addedLine})`} and removed; a date may be added or removed, not both`;
    case 'not-holiday':
      return `${where(d)}: ${d.date} is not a holiday, so it cannot be removed; remove accepts only dates that are gazette holidays`;
  }
}

function ko(d: D): string {
  const at = `공휴일 파일 ${where(d)}`;
  switch (d.problem) {
    case 'read':
      return `공휴일 파일 ${d.file}: ${d.missing ? '파일이 없습니다' : `읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`}. 읽을 수 있는 CSV나 JSON 파일을 지정하세요`;
    case 'quote':
      return `${at}: 따옴표로 시작한 칸이 닫히지 않았습니다. ${ACCEPTED.csv.ko}`;
    case 'fields':
      return `${at}: 칸이 ${d.fields}개입니다. 3개까지만 쓸 수 있습니다. ${ACCEPTED.csv.ko}`;
    case 'date-empty':
      return `${at}: 날짜가 비어 있습니다. ${ACCEPTED.date.ko}`;
    case 'not-a-date':
      return `${at}: "${d.text}"은(는) 날짜가 아닙니다. ${ACCEPTED.date.ko}`;
    case 'no-name':
      return `${at}: ${d.date}의 이름이 없습니다. 추가하는 공휴일에는 이름이 있어야 합니다 (예: ${d.format === 'csv' ? '2028-01-01,1월 1일' : '{"date":"2028-01-01","name":"1월 1일"}'})`;
    case 'action':
      return `${at}: 알 수 없는 동작 "${d.action}"입니다. ${ACCEPTED.action.ko}`;
    case 'json':
      return `${at}: JSON 형식이 올바르지 않습니다 (${jsonSyntaxKo(d.detail)}). ${ACCEPTED.json.ko}`;
    case 'not-object':
      return `${at}: ${d.path}이(가) 객체가 아닙니다. ${ACCEPTED.json.ko}`;
    case 'unknown-field':
      return d.path === null
        ? `${at}: 알 수 없는 최상위 필드 "${d.field}"입니다. ${ACCEPTED.json.ko}`
        : `${at}: ${d.path}에 알 수 없는 필드 "${d.field}"가 있습니다. ${ACCEPTED.json.ko}`;
    case 'date-type':
      return `${at}: ${d.path}.date가 없거나 문자열이 아닙니다. ${ACCEPTED.date.ko}`;
    case 'remove-type':
      return `${at}: ${d.path}.remove가 true나 false가 아닙니다. ${ACCEPTED.json.ko}`;
    case 'remove-date':
      return `${at}: ${d.path}이(가) 날짜 문자열이 아닙니다. ${ACCEPTED.date.ko}`;
    case 'arrays':
      return `${at}: "add"와 "remove"는 배열이어야 합니다. ${ACCEPTED.json.ko}`;
    case 'not-array-or-object':
      return `${at}: JSON이 배열도 객체도 아닙니다. ${ACCEPTED.json.ko}`;
    case 'conflict':
      return `${at}: ${d.date}이(가) 추가${d.addedLine === null ? '' : `(${d.addedLine}번째 줄)`}와 삭제에 모두 있습니다. 한 날짜는 추가하거나 삭제하거나 둘 중 하나만 할 수 있습니다`;
    case 'not-holiday':
      return `${at}: ${d.date}은(는) 공휴일이 아니어서 삭제할 수 없습니다. remove에는 관보의 공휴일만 쓸 수 있습니다`;
  }
}

export const HOLIDAYS: Templates<'INPUT_HOLIDAYS'> = { INPUT_HOLIDAYS: { en, ko } };
