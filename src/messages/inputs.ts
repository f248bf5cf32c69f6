/** The words of the input errors the catalog words (a file that cannot be opened, a header that tells no kind …). */
import type { MessageData, RequiredColumn } from '../model/messages.js';
import { KIND_KO } from '../model/records.js';
import type { Lang } from '../model/rule.js';
import type { Template, Templates } from './template.js';
import { systemDetail } from './system-errors.js';

/** The words of the input errors the catalog words (the others keep their English message). */
export const INPUT: Templates<'INPUT_CONFIG_EXISTS' | 'INPUT_FILE'> = {
  INPUT_CONFIG_EXISTS: {
    en: (d) => `${d.file} already exists; edit it, or pass --force to replace it with the starter config`,
    ko: (d) => `${d.file} 파일이 이미 있습니다. 그 파일을 고치거나, --force로 처음 설정으로 바꾸세요`,
  },
  INPUT_FILE: {
    en(d) {
      switch (d.problem) {
        case 'missing':
          return `${d.file}: no such file; check the path`;
        case 'directory':
          return `${d.file}: is a directory, not a CSV file; name the export file inside it`;
        case 'permission':
          return `${d.file}: permission denied; check that you may read the file`;
        case 'other':
          return `${d.file}: cannot be read (${systemDetail(d.detail, 'en')})`;
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'missing':
          return `${d.file}: 파일이 없습니다. 경로를 확인하세요`;
        case 'directory':
          return `${d.file}: CSV 파일이 아니라 폴더입니다. 그 안의 자료 파일을 지정하세요`;
        case 'permission':
          return `${d.file}: 읽을 권한이 없습니다. 파일을 읽을 수 있는지 확인하세요`;
        case 'other':
          return `${d.file}: 읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`;
      }
    },
  },
};

/** A required column and its headers, in words. */
function required(r: RequiredColumn, lang: Lang): string {
  const two =
    r.halves === null ? '' : lang === 'ko' ? ` 또는 ${r.halves[0]} + ${r.halves[1]}` : ` or ${r.halves[0]} + ${r.halves[1]}`;
  return `${r.column} (${r.aliases.join(', ')})${two}`;
}

/** The header as read, with a word about a forced encoding. */
function shownHeader(d: { shown: string; encoding: string | null }, lang: Lang): string {
  if (d.encoding === null) return d.shown;
  return lang === 'ko'
    ? `${d.shown} — ${d.encoding}로 읽음. 파일의 인코딩이 맞습니까?`
    : `${d.shown} — read as ${d.encoding}; is that the file's encoding?`;
}

/** What each kind needs, in words. */
function needs(list: readonly RequiredColumn[], lang: Lang): string {
  return list
    .map((r) => (lang === 'ko' ? `${KIND_KO[r.kind]}(${r.kind}): ${required(r, 'ko')}` : `${r.kind} need ${required(r, 'en')}`))
    .join('; ');
}

/** What was tried when the header was searched for, after the problem. */
function searched(d: { searched?: { count: number; unit: 'lines' | 'rows' } }, lang: Lang): string {
  if (d.searched === undefined) return '';
  const { count, unit } = d.searched;
  return lang === 'ko'
    ? `. 처음 ${count}${unit === 'lines' ? '줄' : '행'} 중 다른 줄도 머리글이 아닙니다 (머리글이 더 아래에 있으면 --header-line N을 지정하세요)`
    : `; no other of the first ${count} ${unit} is a header either (if the header is further down, pass --header-line N)`;
}

/** The header's problem in words. */
const HEADER_PROBLEM: Template<MessageData['INPUT_HEADER']> = {
  en(d) {
    switch (d.problem) {
      case 'unknown-kind':
        return `${d.file}: cannot tell the kind of file from its header (${shownHeader(d, 'en')}): ${needs(d.needs, 'en')}; rename the column, map it in the config's "columns", or pass --kind`;
      case 'ambiguous-kind':
        return `${d.file}: the header fits both ${d.kinds[0]} and ${d.kinds[1]} (${shownHeader(d, 'en')}); pass --kind (${needs(d.needs, 'en')})`;
      case 'missing-column':
        return (
          `${d.file}: a ${d.need.kind} file needs the column ${required(d.need, 'en')}, but the header has: ${shownHeader(d, 'en')}; ` +
          `rename the column or map it in the config's "columns"`
        );
      case 'misread':
        return (
          `${d.file}: the header does not read as ${d.encoding} (${d.shown}…); ` +
          `leave out --encoding to have it detected, or pass the file's own (utf-8, cp949, utf-16)`
        );
    }
  },
  ko(d) {
    switch (d.problem) {
      case 'unknown-kind':
        return `${d.file}: 머리글로 자료 종류를 알 수 없습니다 (${shownHeader(d, 'ko')}). 필요한 열 — ${needs(d.needs, 'ko')}. 열 이름을 바꾸거나, 설정의 "columns"에 매핑하거나, --kind를 지정하세요`;
      case 'ambiguous-kind':
        return `${d.file}: 머리글이 ${KIND_KO[d.kinds[0]]}(${d.kinds[0]})와 ${KIND_KO[d.kinds[1]]}(${d.kinds[1]}) 모두에 맞습니다 (${shownHeader(d, 'ko')}). --kind를 지정하세요 (${needs(d.needs, 'ko')})`;
      case 'missing-column':
        return `${d.file}: ${KIND_KO[d.need.kind]} 자료에는 ${required(d.need, 'ko')} 열이 필요한데 머리글에 없습니다: ${shownHeader(d, 'ko')}. 열 이름을 바꾸거나 설정의 "columns"에 매핑하세요`;
      case 'misread':
        return `${d.file}: 머리글이 ${d.encoding}로 읽히지 않습니다 (${d.shown}…). --encoding을 빼서 자동으로 알아내게 하거나, 파일의 인코딩(utf-8, cp949, utf-16)을 지정하세요`;
    }
  },
};

export const HEADER: Templates<'INPUT_HEADER' | 'INPUT_UNKNOWN_ENCODING'> = {
  INPUT_HEADER: {
    en: (d) => `${HEADER_PROBLEM.en(d)}${searched(d, 'en')}`,
    ko: (d) => `${HEADER_PROBLEM.ko(d)}${searched(d, 'ko')}`,
  },
  INPUT_UNKNOWN_ENCODING: {
    en: (d) => `unknown encoding "${d.name}": use one of ${encodingList(d.accepted, 'en')}`,
    ko: (d) => `알 수 없는 인코딩 "${d.name}"입니다. 다음 중 하나를 쓰세요: ${encodingList(d.accepted, 'ko')}`,
  },
};

/**
 * The encodings `--encoding` takes, each with its other spellings, in `lang`.
 *
 * @example encodingList([{ name: 'cp949', also: ['uhc'], same: null }], 'ko') // => 'cp949 (또는 uhc)'
 * @example encodingList([{ name: 'utf-16', also: [], same: 'utf-16le' }], 'en') // => 'utf-16 (= utf-16le)'
 */
export function encodingList(accepted: MessageData['INPUT_UNKNOWN_ENCODING']['accepted'], lang: Lang): string {
  const also = lang === 'ko' ? '또는' : 'also';
  return accepted
    .map((e) =>
      e.also.length > 0 ? `${e.name} (${also} ${e.also.join(', ')})` : e.same !== null ? `${e.name} (= ${e.same})` : e.name,
    )
    .join(', ');
}
