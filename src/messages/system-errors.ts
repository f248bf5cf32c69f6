/**
 * The common system errors (Node's `err.code`) in words, English and Korean, so a file that
 * cannot be read or written is explained in `--lang`, not in the system's English. An unknown
 * code, or a detail that is no system error, is kept as given.
 */
import type { Lang, Localized } from '../model/rule.js';

/** The words of each common system error code. */
export const SYSTEM_ERRORS: Readonly<Record<string, Localized>> = {
  ENOENT: { en: 'no such file or directory', ko: '파일이나 폴더가 없음' },
  EACCES: { en: 'permission denied', ko: '권한 없음' },
  EPERM: { en: 'operation not permitted', ko: '허용되지 않는 작업' },
  EISDIR: { en: 'is a directory', ko: '파일이 아니라 폴더임' },
  ENOTDIR: { en: 'a part of the path is not a directory', ko: '경로의 일부가 폴더가 아님' },
  ENOSPC: { en: 'no space left on the device', ko: '저장 장치에 남은 공간이 없음' },
  EDQUOT: { en: 'disk quota exceeded', ko: '디스크 할당량을 넘음' },
  EROFS: { en: 'read-only file system', ko: '읽기 전용 파일 시스템' },
  EIO: { en: 'input/output error', ko: '입출력 오류' },
  EFBIG: { en: 'file too large', ko: '파일이 너무 큼' },
  EMFILE: { en: 'too many open files', ko: '열린 파일이 너무 많음' },
  ENFILE: { en: 'too many open files in the system', ko: '시스템에 열린 파일이 너무 많음' },
  EPIPE: { en: 'the other end of the pipe was closed', ko: '파이프의 상대편이 닫힘' },
  ELOOP: { en: 'too many levels of symbolic links', ko: '심볼릭 링크가 너무 여러 번 이어짐' },
  ENAMETOOLONG: { en: 'file name too long', ko: '파일 이름이 너무 김' },
  EBUSY: { en: 'resource busy or locked', ko: '사용 중이거나 잠겨 있음' },
  EEXIST: { en: 'file already exists', ko: '파일이 이미 있음' },
  EAGAIN: { en: 'resource temporarily unavailable', ko: '일시적으로 사용할 수 없음' },
  ETIMEDOUT: { en: 'timed out', ko: '시간 초과' },
};

/** A system error code alone (`EACCES`) or at the start of Node's message (`EACCES: permission denied, open 'x'`). */
const CODE = /^(E[A-Z0-9]+)(?::|$)/;

/**
 * The system error `detail` (a code, or Node's message) in `lang`: its words and the code
 * when the code is a common one, else `detail` as given.
 *
 * @example systemDetail('EACCES', 'ko') // => '권한 없음, EACCES'
 * @example systemDetail("EISDIR: illegal operation on a directory, read", 'en') // => 'is a directory, EISDIR'
 * @example systemDetail('stream destroyed', 'ko') // => 'stream destroyed'
 */
export function systemDetail(detail: string, lang: Lang): string {
  const code = CODE.exec(detail)?.[1];
  const words = code === undefined ? undefined : SYSTEM_ERRORS[code];
  return words === undefined ? detail : `${words[lang]}, ${code}`;
}
