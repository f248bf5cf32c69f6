/** The CLI's own lines that are not errors of the input or of usage: a file `init` wrote, an internal error. */
import type { Templates } from './template.js';

export const CLI: Templates<'CLI_INIT_WROTE' | 'CLI_OPTION_UNUSED' | 'CLI_INTERNAL_ERROR'> = {
  CLI_INIT_WROTE: {
    en: (d) => `wrote ${d.file}; fill in "standardDays" and your own words under "values"`,
    ko: (d) => `${d.file} 파일을 썼습니다. "standardDays"를 채우고, 기관 고유의 값 표현은 "values"에 적으세요`,
  },
  CLI_OPTION_UNUSED: {
    en: (d) => `${d.option} ${d.value} was ignored: it applies to workbooks (.xlsx) only, and no input is one`,
    ko: (d) => `${d.option} ${d.value}은(는) 무시했습니다. 엑셀 통합 문서(.xlsx)에만 쓰는 옵션인데 입력에 통합 문서가 없습니다`,
  },
  CLI_INTERNAL_ERROR: {
    en: (d) =>
      `internal error: ${d.detail}\nThis is a bug in charter-audit; please report it with the command you ran` +
      (d.debug ? '' : ' (set CHARTER_AUDIT_DEBUG=1 for details)') +
      '.',
    ko: (d) =>
      `내부 오류: ${d.detail}\ncharter-audit의 버그입니다. 실행한 명령과 함께 알려 주세요` +
      (d.debug ? '' : ' (자세한 내용은 CHARTER_AUDIT_DEBUG=1로 실행)') +
      '.',
  },
};
