/** The words of every warning, by code, in English and Korean side by side. */
import { quoteValue } from '../format/text.js';
import type { Lang } from '../model/rule.js';
import type { Message, WarningCode } from '../model/messages.js';
import { INVISIBLE_ALL } from '../model/invisible.js';
import { koreanColumn } from '../model/records.js';
import { REJECTIONS } from './rejections.js';
import { ACTIVITY_WORDS, SPAN_WORDS, periodRef } from './activities.js';
import type { Templates } from './template.js';

/** Invisible characters an id may hide (model/invisible.ts: the set the reader checks). */
const ZERO_WIDTH = INVISIBLE_ALL;

/**
 * Up to `max` items, then how many more.
 *
 * @example listSome(['a', 'b', 'c'], 2) // => 'a, b … (1 more)'
 */
export function listSome(items: readonly string[], max = 10): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} … (${items.length - max} more)`;
}

/** A cell problem nested in UNREADABLE_VALUE, in `lang`. */
function problem(p: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER'>, lang: Lang): string {
  switch (p.code) {
    case 'INVALID_TIMESTAMP':
      return REJECTIONS.INVALID_TIMESTAMP[lang](p.data);
    case 'UNKNOWN_VALUE':
      return REJECTIONS.UNKNOWN_VALUE[lang](p.data);
    case 'INVALID_NUMBER':
      return REJECTIONS.INVALID_NUMBER[lang](p.data);
  }
}

/** The contract types found, most frequent first, with their counts, and the table's keys. */
function typesAndKeys(d: { types: readonly (readonly [string, number])[]; keys: readonly string[] }) {
  const found = listSome(
    [...d.types]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([t, n]) => `${t === '' ? '(empty)' : JSON.stringify(t)} (${n})`),
  );
  return { found, accepted: listSome(d.keys.map((k) => JSON.stringify(k))) };
}

export const WARNINGS: Templates<WarningCode> = {
  DUTY_PERIOD_NOT_JUDGED: {
    en: (d) => {
      const what = ACTIVITY_WORDS[d.activity].en;
      const span = SPAN_WORDS[d.span].en;
      return `${what}: ${d.periods.map(periodRef).join(', ')} not judged — the ${span} is only partly inside the audited period (or its holiday data is not loaded) and no ${what} was seen in the part audited; audit whole ${span}s to judge it`;
    },
    ko: (d) => {
      const what = ACTIVITY_WORDS[d.activity].ko;
      const span = SPAN_WORDS[d.span].ko;
      return `${what}: ${d.periods.map(periodRef).join(', ')} 판정하지 않음 — 해당 ${span}의 일부만 점검 기간에 들어 있거나(또는 공휴일 자료가 없음) 점검한 기간에 ${what} 기록이 없음. ${span} 전체를 점검 기간으로 지정하면 판정함`;
    },
  },
  DUTY_PERIOD_PENDING: {
    en: (d) =>
      `${ACTIVITY_WORDS[d.activity].en}: pending at --as-of — ${d.periods.map((p) => `${periodRef(p)} (${p.until === 'period' ? 'ends' : 'results due by'} ${p.day})`).join(', ')}; judged once that day is over`,
    ko: (d) =>
      `${ACTIVITY_WORDS[d.activity].ko}: 기준시각(--as-of)에 판정 보류 — ${d.periods.map((p) => `${periodRef(p)}(${p.until === 'period' ? '기간 종료' : '결과 공개 기한'} ${p.day})`).join(', ')}. 그날이 지나면 판정함`,
  },
  DUTY_WITHOUT_REGION: {
    en: (d) =>
      `${ACTIVITY_WORDS[d.activity].en}: ${d.rows} row(s) name no region (department), so they count for none; fill in the region`,
    ko: (d) =>
      `${ACTIVITY_WORDS[d.activity].ko}: ${d.rows}행에 지역(부서)이 없어 어느 지역의 실적으로도 세지 않음. 지역을 기재하세요`,
  },
  MULTILINE_RECORDS: {
    en: (d) =>
      `${d.records} ${d.records === 1 ? 'row holds' : 'rows hold'} a quoted line break, so the file's ${d.lines} data lines are ${d.rows} rows (first: lines ${d.first}–${d.firstEnd})`,
    ko: (d) =>
      `따옴표 안에 줄바꿈이 있는 행이 ${d.records}개라서 데이터 ${d.lines}줄이 ${d.rows}행입니다 (처음: ${d.first}–${d.firstEnd}행)`,
  },
  DUPLICATE_COLUMN: {
    en: (d) => `column ${d.position} "${d.header}" is another ${d.column} column; the first one is used and this one ignored`,
    ko: (d) =>
      `${d.position}번째 열 "${d.header}"도 ${koreanColumn(d.kind, d.column)} 열입니다. 앞에 나온 열을 쓰고 이 열은 무시합니다`,
  },
  DUPLICATE_ID: {
    en: (d) => `id ${quoteValue(d.id)} is also on line ${d.firstLine}; both rows are kept`,
    ko: (d) => `${d.header} ${quoteValue(d.id)}: ${d.firstLine}행에도 같은 번호가 있습니다. 두 행 모두 점검합니다`,
  },
  INVISIBLE_IN_ID: {
    en: (d) =>
      `id ${shownId(d.id)} holds an invisible character (zero-width, soft hyphen or direction mark): it is kept as written, so it does not match ${looksLike(d.id)}; remove the character in the source`,
    ko: (d) =>
      `${d.header} ${shownId(d.id)}에 보이지 않는 문자(폭 없는 공백, 소프트 하이픈, 방향 표시 등)가 있습니다. 적힌 그대로 두므로 ${looksLike(d.id)}와 같은 번호로 보지 않습니다. 원본에서 그 문자를 지우세요`,
  },
  INVISIBLE_IN_TEXT: {
    en: (d) =>
      `${d.header} ${shownId(d.value)} holds an invisible character (zero-width, soft hyphen or direction mark): read as ${JSON.stringify(d.kept)}, so it groups with the value it looks like`,
    ko: (d) =>
      `${d.header} ${shownId(d.value)}에 보이지 않는 문자(폭 없는 공백, 소프트 하이픈, 방향 표시 등)가 있습니다. 그 문자를 빼고 ${JSON.stringify(d.kept)}(으)로 읽어 보이는 값과 같은 묶음에 넣습니다`,
  },
  SUMMARY_ROW: {
    en: () => 'a total/subtotal row: not a record, not checked',
    ko: () => '합계/소계 행입니다: 기록이 아니므로 점검하지 않습니다',
  },
  WAIT_CONTRADICTS_TIMES: {
    en: (d) =>
      `${d.wait} ${d.written} s contradicts ${d.arrived} → ${d.answered} (${d.between} s); the rules used ${d.wait} (${d.written} s)`,
    ko: (d) =>
      `${d.wait} ${d.written}초가 ${d.arrived}~${d.answered} 간격(${d.between}초)과 다릅니다. 규칙은 ${d.wait} 값(${d.written}초)을 썼습니다`,
  },
  UNREADABLE_VALUE: {
    en(d) {
      const p = problem(d.problem, 'en');
      if (d.rules === null) return `${p}; the row is kept, and the rules needing ${d.column} skip it`;
      if (d.rules.length === 0) return `${p}; no rule needs ${d.column}, so the row is checked as usual`;
      return `${p}; the row is kept, but ${d.rules.join(', ')} skip it (they need ${d.column})`;
    },
    ko(d) {
      const p = problem(d.problem, 'ko');
      if (d.rules === null) return `${p}. 행은 유지하고 ${d.column} 값이 필요한 규칙만 이 행을 건너뜁니다`;
      if (d.rules.length === 0) return `${p}. 이 값이 필요한 규칙이 없어 행은 그대로 점검합니다`;
      return `${p}. 행은 유지하지만 ${d.column} 값이 필요한 ${d.rules.join(', ')} 규칙은 이 행을 건너뜁니다`;
    },
  },
  RULE_SKIPPED: {
    en: (d) => `${d.rule} not evaluated for this file: missing column(s) ${d.missing.join(', ')}`,
    ko: (d) =>
      `${d.missing.map((c) => koreanColumn(d.kind, c)).join(', ')} 열이 없어 이 파일에서는 ${d.rule} 규칙을 평가하지 않았습니다`,
  },
  SHARED_ID: {
    en: (d) =>
      d.listed
        ? `id ${quoteValue(d.id)} is also in ${d.firstFile} line ${d.firstLine}: two ${d.kind} files hold the same record; both are counted (if one export overlaps the other, audit each period once)`
        : `${d.count} more ids of ${d.file} are also in ${d.other} (the first ${d.shown} are listed); both rows of each are counted`,
    ko: (d) =>
      d.listed
        ? `번호 ${quoteValue(d.id)}: ${d.firstFile} ${d.firstLine}행에도 같은 번호가 있습니다. 두 파일에 같은 건이 있어 두 번 집계합니다 (기간이 겹치는 자료면 한 번만 넣으세요)`
        : `${d.file}의 번호 ${d.count}개가 ${d.other}에도 더 있습니다 (앞의 ${d.shown}개만 따로 표시). 각각 두 번 집계합니다`,
  },
  SHEET_SKIPPED: {
    en: (d) => `sheet "${d.sheet}" is not audited: none of its first ${d.rows} rows is a header that maps to a kind`,
    ko: (d) => `"${d.sheet}" 시트는 점검하지 않습니다: 처음 ${d.rows}행 안에 자료 종류를 알 수 있는 머리글 행이 없습니다`,
  },
  STANDARD_DAYS_UNMATCHED: {
    en(d) {
      const { found, accepted } = typesAndKeys(d);
      return (
        `contract.standard-days evaluated no contract: no contract type matches a key of "standardDays"; ` +
        `types in the export: ${found}; keys in the config: ${accepted} ` +
        `(write a key as the export writes the type, or unit-price / total, optionally "/category")`
      );
    },
    ko(d) {
      const { found, accepted } = typesAndKeys(d);
      return (
        `contract.standard-days 규칙이 계약을 하나도 평가하지 않았습니다: 파일의 계약유형이 설정 "standardDays"의 키와 하나도 맞지 않습니다. ` +
        `파일의 계약유형: ${found}; 설정의 키: ${accepted} (키는 파일에 적힌 계약유형 그대로, 또는 unit-price / total, 필요하면 "/분류")`
      );
    },
  },
};

/** An id with its zero-width characters shown as `\u200b`. */
function shownId(id: string): string {
  return `"${id.replace(ZERO_WIDTH, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** The id as it looks: without its zero-width characters. */
function looksLike(id: string): string {
  return JSON.stringify(id.replace(ZERO_WIDTH, ''));
}
