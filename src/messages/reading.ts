/** The words of the errors that stop reading an export before its rows, and of a failed write. */
import { KIND_KO } from '../model/records.js';
import type { Templates } from './template.js';
import { SYSTEM_ERRORS, systemDetail } from './system-errors.js';
import { jsonSyntaxKo } from './json-syntax.js';

/** The system's words for the write errors a user can act on, in English and Korean (other codes: `SYSTEM_ERRORS`). */
const WRITE_ERRORS: Record<string, { en: string; ko: string }> = {
  ENOSPC: { en: 'no space left on the device', ko: '저장 장치에 남은 공간이 없습니다' },
  EDQUOT: { en: 'disk quota exceeded', ko: '디스크 할당량을 넘었습니다' },
  EROFS: { en: 'read-only file system', ko: '읽기 전용 파일 시스템입니다' },
  EACCES: { en: 'permission denied', ko: '쓸 권한이 없습니다' },
  EPERM: { en: 'operation not permitted', ko: '허용되지 않는 작업입니다' },
  EIO: { en: 'input/output error', ko: '입출력 오류입니다' },
  EFBIG: { en: 'file too large', ko: '파일이 너무 큽니다' },
  ENOENT: { en: 'the directory does not exist', ko: '폴더가 없습니다' },
  ENOTDIR: { en: 'a part of the path is not a directory', ko: '경로의 일부가 폴더가 아닙니다' },
  EISDIR: { en: 'it is a directory', ko: '폴더입니다' },
};

/** Why a what-if cannot change a key. */
const FIXED = {
  columns: { en: "the rows are read once, with the run's column mapping", ko: '행은 실행의 열 대응으로 한 번만 읽습니다' },
  granularity: { en: 'aggregates are compared period by period', ko: '집계는 기간별로 비교합니다' },
} as const;

export const READING: Templates<'INPUT_READ' | 'INPUT_WRITE_FAILED' | 'INPUT_WHAT_IF'> = {
  INPUT_WHAT_IF: {
    en(d) {
      switch (d.problem) {
        case 'json':
          return `${d.file}: not valid JSON (${d.detail}); a what-if file is a partial config file`;
        case 'not-object':
          return `${d.file}: expected a JSON object (a partial config file)`;
        case 'label':
          return `${d.file}: label: expected a string or {"ko": "…", "en": "…"}`;
        case 'unreadable':
          return `${d.file}: ${d.missing ? 'no such file' : `cannot be read (${systemDetail(d.detail, 'en')})`}; --what-if takes a partial config file (JSON) or reading:NAME`;
        case 'fixed':
          return `${d.file}: "${d.key}" cannot change in a what-if (${FIXED[d.key].en}); remove it`;
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'json':
          return `가정 파일 ${d.file}: JSON 형식이 올바르지 않습니다 (${jsonSyntaxKo(d.detail)}). 가정 파일은 설정 파일의 일부입니다`;
        case 'not-object':
          return `가정 파일 ${d.file}: JSON 객체(설정 파일의 일부)여야 합니다`;
        case 'label':
          return `가정 파일 ${d.file}: label은 문자열 또는 {"ko": "…", "en": "…"}이어야 합니다`;
        case 'unreadable':
          return `가정 파일 ${d.file}: ${d.missing ? '파일이 없습니다' : `읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`}. --what-if에는 설정 파일의 일부(JSON)나 reading:이름을 지정하세요`;
        case 'fixed':
          return `가정 파일 ${d.file}: "${d.key}"은(는) 가정으로 바꿀 수 없습니다 (${FIXED[d.key].ko}). 빼 주세요`;
      }
    },
  },
  INPUT_READ: {
    en(d) {
      switch (d.problem) {
        case 'empty':
          return `${d.file}: the file is empty — there is no header line to tell the kind of export from`;
        case 'blank':
          return `${d.file}: the file has only blank lines — there is no header line to tell the kind of export from`;
        case 'no-header':
          return `${d.file}: there is no header line`;
        case 'zip':
          return `${d.file}: this is a zip archive (an .xlsx workbook); open it as a file, not as text`;
        case 'read-twice':
          return `${d.file}: a pipe or standard input can be read only once`;
        case 'not-csv':
          return `${d.file}: no line break in the first ${d.bytes} bytes: this is not a CSV export`;
        case 'nul-header':
          return `${d.file}:${d.line}: the header holds NUL bytes: this is binary data or UTF-16 without a BOM, not a CSV export (save it as CSV UTF-8 or pass --encoding)`;
        case 'header-csv':
          return `${d.file}:${d.line}: the header line cannot be read as CSV (check its quotes)`;
        case 'header-encoding':
          return `${d.file}:${d.line}: the header is not valid ${d.encoding} text: pass --encoding (utf-8, cp949) or save the file as CSV UTF-8`;
        case 'header-line':
          return `${d.file}: --header-line ${d.headerLine} is not a non-blank line among the first ${d.search} (they are lines ${d.lines.join(', ')})`;
        case 'read-error':
          return `${d.file}: cannot be read (${systemDetail(d.detail, 'en')})`;
        case 'config-column':
          return `${d.file}: the config's columns.${d.scope} maps "${d.from}" to "${d.to}", which is not a ${d.kind} column (${d.columns.join(', ')})`;
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'empty':
          return `${d.file}: 빈 파일입니다. 자료 종류를 알아낼 머리글 줄이 없습니다`;
        case 'blank':
          return `${d.file}: 빈 줄만 있습니다. 자료 종류를 알아낼 머리글 줄이 없습니다`;
        case 'no-header':
          return `${d.file}: 머리글 줄이 없습니다`;
        case 'zip':
          return `${d.file}: zip 압축 파일(.xlsx 통합문서)입니다. 텍스트가 아니라 파일로 여세요`;
        case 'read-twice':
          return `${d.file}: 파이프나 표준 입력은 한 번만 읽을 수 있습니다`;
        case 'not-csv':
          return `${d.file}: 처음 ${d.bytes}바이트 안에 줄바꿈이 없습니다. CSV 자료가 아닙니다`;
        case 'nul-header':
          return `${d.file}:${d.line}: 머리글에 NUL 바이트가 있습니다. 이진 자료이거나 BOM 없는 UTF-16으로, CSV 자료가 아닙니다 (CSV UTF-8로 저장하거나 --encoding을 지정하세요)`;
        case 'header-csv':
          return `${d.file}:${d.line}: 머리글 줄을 CSV로 읽을 수 없습니다 (따옴표를 확인하세요)`;
        case 'header-encoding':
          return `${d.file}:${d.line}: 머리글이 올바른 ${d.encoding} 텍스트가 아닙니다. --encoding(utf-8, cp949)을 지정하거나 파일을 CSV UTF-8로 저장하세요`;
        case 'header-line':
          return `${d.file}: --header-line ${d.headerLine}은(는) 처음 ${d.search}줄 중 비어 있지 않은 줄이 아닙니다 (비어 있지 않은 줄: ${d.lines.join(', ')})`;
        case 'read-error':
          return `${d.file}: 읽을 수 없습니다 (${systemDetail(d.detail, 'ko')})`;
        case 'config-column':
          return `${d.file}: 설정의 columns.${d.scope}가 "${d.from}"을(를) "${d.to}"에 대응시키는데, 이는 ${KIND_KO[d.kind]}(${d.kind}) 자료의 열이 아닙니다 (${d.columns.join(', ')})`;
      }
    },
  },
  INPUT_WRITE_FAILED: {
    en(d) {
      const words = d.errno !== null ? (WRITE_ERRORS[d.errno] ?? SYSTEM_ERRORS[d.errno])?.en : undefined;
      return `cannot write ${d.target}: ${words !== undefined ? `${words} (${d.errno})` : (d.errno ?? d.detail)}`;
    },
    ko(d) {
      const words = d.errno !== null ? (WRITE_ERRORS[d.errno] ?? SYSTEM_ERRORS[d.errno])?.ko : undefined;
      return `${d.target}에 쓸 수 없습니다: ${words !== undefined ? `${words} (${d.errno})` : (d.errno ?? d.detail)}`;
    },
  },
};
