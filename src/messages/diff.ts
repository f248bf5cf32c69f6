/** The words of `diff`'s errors: a report that cannot be read, and two reports that cannot be compared. */
import type { DiffFieldProblem, DiffReason } from '../model/messages.js';
import type { Lang } from '../model/rule.js';
import { type Templates, yearRange } from './template.js';
import { systemDetail } from './system-errors.js';
import { jsonSyntaxKo } from './json-syntax.js';

const FIELD: Record<Exclude<DiffFieldProblem, 'json' | 'schema'>, { en: string; ko: string }> = {
  object: { en: 'is not an object', ko: '객체가 아닙니다' },
  array: { en: 'is missing or not an array', ko: '없거나 배열이 아닙니다' },
  string: { en: 'is missing or not a string', ko: '없거나 문자열이 아닙니다' },
  number: { en: 'is missing or not a number', ko: '없거나 숫자가 아닙니다' },
  boolean: { en: 'is missing or not true/false', ko: '없거나 true/false가 아닙니다' },
  'maybe-number': { en: 'is not a number', ko: '숫자가 아닙니다' },
  'maybe-string': { en: 'is not a string', ko: '문자열이 아닙니다' },
};

function hash(sha: string | null, lang: Lang): string {
  if (sha) return `sha256 ${sha.slice(0, 12)}`;
  return lang === 'ko' ? '해시 없음' : 'no hash';
}

/**
 * One reason two reports cannot be compared, in `lang`.
 *
 * @example diffReason({ shape: 'only', input: { file: 'a.csv', kind: 'calls', rows: 2, sha256: null }, in: 'x.json' }, 'en') // => 'input a.csv (calls, 2 rows, no hash) is only in x.json'
 */
export function diffReason(r: DiffReason, lang: Lang): string {
  if (lang === 'en') {
    if (r.shape === 'differs')
      return `input ${r.file} differs: ${hash(r.before.sha256, 'en')}, ${r.before.rows} rows in ${r.before.name} vs ${hash(r.after.sha256, 'en')}, ${r.after.rows} rows in ${r.after.name}`;
    return `input ${r.input.file} (${r.input.kind}, ${r.input.rows} rows, ${hash(r.input.sha256, 'en')}) is only in ${r.in}`;
  }
  if (r.shape === 'differs')
    return `입력 ${r.file}이(가) 다릅니다: ${r.before.name}에서는 ${hash(r.before.sha256, 'ko')}, ${r.before.rows}행, ${r.after.name}에서는 ${hash(r.after.sha256, 'ko')}, ${r.after.rows}행`;
  return `입력 ${r.input.file}(${r.input.kind}, ${r.input.rows}행, ${hash(r.input.sha256, 'ko')})은(는) ${r.in}에만 있습니다`;
}

export const DIFF: Templates<'INPUT_DIFF' | 'INPUT_FLAG_YEAR_NOT_LOADED'> = {
  INPUT_FLAG_YEAR_NOT_LOADED: {
    en: (d) =>
      `${d.option} ${d.value}: no holiday data for ${d.year} (loaded: ${yearRange(d.loaded, 'en')}); ` +
      `add that year's holidays with --holidays FILE (CSV "date,name" or JSON)`,
    ko: (d) =>
      `${d.option} ${d.value}: ${d.year}년 공휴일 자료가 없습니다 (적재: ${yearRange(d.loaded, 'ko')}). --holidays 파일로 그 해의 공휴일을 추가하세요`,
  },
  INPUT_DIFF: {
    en(d) {
      switch (d.problem) {
        case 'unreadable':
          return `${d.file}: ${d.missing ? 'no such file' : `cannot be read (${systemDetail(d.detail, 'en')})`}; give two JSON reports`;
        case 'incomparable':
          return `the reports cannot be compared: ${d.reasons.map((r) => diffReason(r, 'en')).join('; ')}`;
        case 'field': {
          const what =
            d.what === 'json'
              ? `is not valid JSON (${d.detail})`
              : d.what === 'schema'
                ? `is ${d.detail ?? 'missing'}, this version reads reports of schemaVersion 1`
                : FIELD[d.what].en;
          return `${d.file}: ${d.path ? `${d.path} ` : ''}${what}; give two JSON reports written by "charter-audit audit --format json"`;
        }
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'unreadable':
          return `보고서 ${d.file}: ${d.missing ? '파일이 없습니다' : `읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`}. JSON 보고서 두 개를 지정하세요`;
        case 'incomparable':
          return `두 보고서를 비교할 수 없습니다: ${d.reasons.map((r) => diffReason(r, 'ko')).join('; ')}`;
        case 'field': {
          const what =
            d.what === 'json'
              ? `JSON 형식이 올바르지 않습니다 (${jsonSyntaxKo(d.detail ?? '')})`
              : d.what === 'schema'
                ? `${d.detail === null ? '없습니다' : `값이 ${d.detail}입니다`}. 이 버전은 schemaVersion 1 보고서를 읽습니다`
                : FIELD[d.what].ko;
          return `보고서 ${d.file}: ${d.path ? `${d.path}: ` : ''}${what}. "charter-audit audit --format json"으로 쓴 JSON 보고서 두 개를 지정하세요`;
        }
      }
    },
  },
};
