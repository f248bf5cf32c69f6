/** The words of the config file's errors (`INVALID_CONFIG`): where in the file, what was found, what is accepted. */
import type { ConfigExpected, ConfigProblem, ConfigValue } from '../model/messages.js';
import { KIND_KO, type Kind } from '../model/records.js';
import type { Templates } from './template.js';
import { systemDetail } from './system-errors.js';
import { jsonSyntaxKo } from './json-syntax.js';

/** A JSON value in English, as the config's messages quote it. */
function valueEn(v: ConfigValue): string {
  if (v.type === 'null') return 'null';
  if (v.type === 'array') return 'an array';
  if (v.brief) return v.type === 'string' ? v.text : `${v.type} ${v.text}`;
  switch (v.type) {
    case 'string':
      return `${v.text} (a string)`;
    case 'number':
      return `${v.text} (a number)`;
    case 'boolean':
      return `${v.text} (a boolean)`;
    case 'object':
      return 'an object';
    case 'other':
      return v.text;
  }
}

/** A JSON value in Korean. */
function valueKo(v: ConfigValue): string {
  switch (v.type) {
    case 'null':
      return 'null';
    case 'array':
      return '배열';
    case 'object':
      return '객체';
    case 'string':
      return `${v.text}(문자열)`;
    case 'number':
      return `${v.text}(숫자)`;
    case 'boolean':
      return `${v.text}(논리값)`;
    case 'other':
      return v.text;
  }
}

const OBJECT_EN: Record<Extract<ConfigExpected, { what: 'object' }>['of'], string> = {
  top: 'a JSON object at the top level',
  'standard-days': 'an object mapping a contract type (or "type/category") to working days',
  'column-map': 'an object mapping a header to a canonical column',
  columns: 'an object: { header: column } or { kind: { header: column } }',
  rules: 'an object mapping a rule id or alias to "off" or its options',
  'rule-entry': '"off", "on", "error", "warning" or an object of options',
  values: 'an object: { kind: { column: { "their word": "canonical value" } } }',
  'values-kind': 'an object: { column: { "their word": "canonical value" } }',
  'values-column': 'an object: { "their word": "canonical value" }',
};

const OBJECT_KO: Record<Extract<ConfigExpected, { what: 'object' }>['of'], string> = {
  top: '최상위는 JSON 객체여야 합니다',
  'standard-days': '계약 유형(또는 "유형/분류")별 근무일수를 적은 객체여야 합니다',
  'column-map': '머리글을 표준 열 이름에 대응시킨 객체여야 합니다',
  columns: '{ 머리글: 열 } 또는 { 자료 종류: { 머리글: 열 } } 형태의 객체여야 합니다',
  rules: '규칙 ID나 별칭을 "off" 또는 그 옵션에 대응시킨 객체여야 합니다',
  'rule-entry': '"off", "on", "error", "warning" 또는 옵션 객체여야 합니다',
  values: '{ 자료 종류: { 열: { "기관의 표현": "표준 값" } } } 형태의 객체여야 합니다',
  'values-kind': '{ 열: { "기관의 표현": "표준 값" } } 형태의 객체여야 합니다',
  'values-column': '{ "기관의 표현": "표준 값" } 형태의 객체여야 합니다',
};

const WORKING_HOURS_EN =
  'a non-empty array of "HH:MM-HH:MM" intervals, ascending and not overlapping, e.g. ["09:00-12:00", "13:00-18:00"]';

/** `; did you mean "x"?` or nothing. */
const didYouMeanEn = (s: string | null) => (s === null ? '' : `; did you mean "${s}"?`);
/** ` (혹시 "x"?)` or nothing. */
const didYouMeanKo = (s: string | null) => (s === null ? '' : ` (혹시 "${s}"?)`);

/** A kind in Korean with its English name: `통화(calls)`. */
const kindKo = (k: string) => (k in KIND_KO ? `${KIND_KO[k as Kind]}(${k})` : k);

function expectedEn(e: ConfigExpected): string {
  switch (e.what) {
    case 'object':
      return OBJECT_EN[e.of];
    case 'number': {
      const parts: string[] = [e.integer ? 'a whole number' : 'a number'];
      if (e.above !== undefined) parts.push(`greater than ${e.above}`);
      if (e.min !== undefined && e.max !== undefined) parts.push(`from ${e.min} to ${e.max}`);
      else if (e.min !== undefined) parts.push(`of at least ${e.min}`);
      else if (e.max !== undefined) parts.push(`of at most ${e.max}`);
      return parts.join(' ');
    }
    case 'one-of':
      return `one of ${e.values.map((x) => JSON.stringify(x)).join(', ')}`;
    case 'granularity':
      return '"month", "quarter" or "day"';
    case 'names':
      return 'an array of names, e.g. ["서울", "부산"]';
    case 'name':
      return 'a non-empty name';
    case 'working-hours':
      return WORKING_HOURS_EN;
    case 'holidays-path':
      return 'a path to a holidays file (CSV or JSON), relative to the config file';
    case 'severity':
      return '"error" or "warning"';
    case 'boolean':
      return 'true or false';
    case 'column':
      return `a canonical ${e.kind ? `${e.kind} ` : ''}column${didYouMeanEn(e.suggestion)}`;
    case 'value-word':
      return `a ${e.column} value (${e.accepted})${didYouMeanEn(e.suggestion)}`;
  }
}

/** A number's bounds in Korean: `0보다 크고 24 이하인 숫자`. */
function numberKo(e: Extract<ConfigExpected, { what: 'number' }>): string {
  const bounds: string[] = [];
  if (e.above !== undefined) bounds.push(`${e.above}보다 큰`);
  if (e.min !== undefined) bounds.push(`${e.min} 이상인`);
  if (e.max !== undefined) bounds.push(`${e.max} 이하인`);
  const joined = bounds.map((b, i) => (i < bounds.length - 1 ? b.replace(/ 큰$/, ' 크고').replace(/인$/, '이고') : b));
  return `${joined.length > 0 ? `${joined.join(' ')} ` : ''}${e.integer ? '정수' : '숫자'}`;
}

function expectedKo(e: ConfigExpected): string {
  switch (e.what) {
    case 'object':
      return OBJECT_KO[e.of];
    case 'number':
      return `${numberKo(e)}여야 합니다`;
    case 'one-of':
      return `${e.values.map((x) => JSON.stringify(x)).join(', ')} 중 하나여야 합니다`;
    case 'granularity':
      return '"month", "quarter", "day" 중 하나여야 합니다';
    case 'names':
      return '이름의 배열이어야 합니다 (예: ["서울", "부산"])';
    case 'name':
      return '비어 있지 않은 이름이어야 합니다';
    case 'working-hours':
      return '"HH:MM-HH:MM" 구간을 시간순으로, 겹치지 않게 하나 이상 적은 배열이어야 합니다 (예: ["09:00-12:00", "13:00-18:00"])';
    case 'holidays-path':
      return '공휴일 파일(CSV 또는 JSON)의 경로여야 합니다 (설정 파일이 있는 폴더 기준)';
    case 'severity':
      return '"error" 또는 "warning"이어야 합니다';
    case 'boolean':
      return 'true 또는 false여야 합니다';
    case 'column':
      return `${e.kind ? `${kindKo(e.kind)} 자료의 ` : ''}표준 열 이름이어야 합니다${didYouMeanKo(e.suggestion)}`;
    case 'value-word':
      return `${e.column} 열의 값이어야 합니다 (${e.accepted})${didYouMeanKo(e.suggestion)}`;
  }
}

/** The problem in English, after the file and the path. */
function problemEn(d: ConfigProblem & { file: string }): string {
  switch (d.problem) {
    case 'found':
      return `found ${valueEn(d.found)}; expected ${expectedEn(d.expected)}`;
    case 'unknown-key':
      return `unknown key "${d.key}"${didYouMeanEn(d.suggestion)}; accepted: ${d.accepted.join(', ')}`;
    case 'not-contract-type':
      return 'is not a contract type; expected "type" or "type/category", e.g. "total" or "total/construction"';
    case 'bad-category':
      return `has category "${d.category}"; expected one of ${d.accepted.join(', ')} (or 물품, 시설공사, 전기공사, 통신공사, 용역)${didYouMeanEn(d.suggestion)}`;
    case 'again':
      return d.what === 'contract-type'
        ? `names ${d.name} again; set each contract type once`
        : `names "${d.name}" again; list each name once`;
    case 'empty':
      return d.what === 'header' ? 'is an empty header' : 'is an empty word';
    case 'not-a-kind':
      return d.in === 'columns'
        ? `is not a kind${didYouMeanEn(d.suggestion)}; expected ${d.accepted.join(', ')} (or a flat { header: column } map)`
        : `is not a kind${didYouMeanEn(d.suggestion)}; accepted: ${d.accepted.join(', ')}`;
    case 'not-a-rule':
      return `is not a rule${didYouMeanEn(d.suggestion)}; run "charter-audit rules" for the list`;
    case 'rule-again':
      return `sets ${d.id} again (already set as "${d.first}"); set each rule once`;
    case 'not-an-option':
      return `is not an option of ${d.rule}${didYouMeanEn(d.suggestion)}; accepted: ${d.accepted.join(', ')}`;
    case 'table-in-rules':
      return 'is set with the top-level "standardDays", not inside rules';
    case 'not-a-value-column':
      return `is not a ${d.kind} column with value words${didYouMeanEn(d.suggestion)}; accepted: ${d.accepted.join(', ')}`;
    case 'json':
    case 'file':
      return '';
  }
}

/** The problem in Korean, after the file and the path. */
function problemKo(d: ConfigProblem & { file: string }): string {
  switch (d.problem) {
    case 'found':
      return `값이 ${valueKo(d.found)}입니다. ${expectedKo(d.expected)}`;
    case 'unknown-key':
      return `알 수 없는 키 "${d.key}"입니다${didYouMeanKo(d.suggestion)}. 쓸 수 있는 키: ${d.accepted.join(', ')}`;
    case 'not-contract-type':
      return '계약 유형이 아닙니다. "유형" 또는 "유형/분류"로 쓰세요 (예: "total", "total/construction")';
    case 'bad-category':
      return `분류 "${d.category}"을(를) 알 수 없습니다${didYouMeanKo(d.suggestion)}. ${d.accepted.join(', ')} 중 하나를 쓰세요 (또는 물품, 시설공사, 전기공사, 통신공사, 용역)`;
    case 'again':
      return d.what === 'contract-type'
        ? `${d.name}이(가) 다시 나옵니다. 계약 유형마다 한 번만 정하세요`
        : `"${d.name}"이(가) 다시 나옵니다. 이름은 한 번씩만 적으세요`;
    case 'empty':
      return d.what === 'header' ? '머리글이 비어 있습니다' : '표현이 비어 있습니다';
    case 'not-a-kind':
      return `자료 종류가 아닙니다${didYouMeanKo(d.suggestion)}. ${d.accepted.join(', ')} 중 하나를 쓰세요${d.in === 'columns' ? ' (또는 { 머리글: 열 } 형태의 단일 대응표)' : ''}`;
    case 'not-a-rule':
      return `규칙이 아닙니다${didYouMeanKo(d.suggestion)}. 규칙 목록은 "charter-audit rules"로 확인하세요`;
    case 'rule-again':
      return `${d.id} 규칙을 다시 정합니다 (이미 "${d.first}"(으)로 정함). 규칙마다 한 번만 정하세요`;
    case 'not-an-option':
      return `${d.rule} 규칙의 옵션이 아닙니다${didYouMeanKo(d.suggestion)}. 쓸 수 있는 옵션: ${d.accepted.join(', ')}`;
    case 'table-in-rules':
      return '규칙 안이 아니라 최상위의 "standardDays"에서 정합니다';
    case 'not-a-value-column':
      return `값 표현을 정할 수 있는 ${kindKo(d.kind)} 자료의 열이 아닙니다${didYouMeanKo(d.suggestion)}. 쓸 수 있는 열: ${d.accepted.join(', ')}`;
    case 'json':
    case 'file':
      return '';
  }
}

export const CONFIG: Templates<'INPUT_CONFIG'> = {
  INPUT_CONFIG: {
    en(d) {
      if (d.problem === 'json') {
        const where = d.at ? `${d.file}:${d.at.line}:${d.at.column}` : d.file;
        return `${where}: not valid JSON (${d.detail}); fix the syntax of the config file`;
      }
      if (d.problem === 'file') {
        const why =
          d.why === 'missing'
            ? 'no such file'
            : d.why === 'folder'
              ? 'is a folder'
              : `cannot be read (${systemDetail(d.detail, 'en')})`;
        return `${d.file}: ${why}; pass an existing JSON file with --config`;
      }
      const where = d.path ? ` ${d.path}${d.problem === 'found' ? ':' : ''}` : '';
      return `${d.file}:${where} ${problemEn(d)}`;
    },
    ko(d) {
      if (d.problem === 'json') {
        const where = d.at ? `${d.file}:${d.at.line}:${d.at.column}` : d.file;
        return `설정 파일 ${where}: JSON 형식이 올바르지 않습니다 (${jsonSyntaxKo(d.detail)}). 설정 파일의 문법을 고치세요`;
      }
      if (d.problem === 'file') {
        const why =
          d.why === 'missing'
            ? '파일이 없습니다'
            : d.why === 'folder'
              ? '파일이 아니라 폴더입니다'
              : `읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`;
        return `설정 파일 ${d.file}: ${why}. --config에는 실제로 있는 JSON 파일을 지정하세요`;
      }
      return `설정 파일 ${d.file}: ${d.path ? `${d.path}: ` : ''}${problemKo(d)}`;
    },
  },
};
