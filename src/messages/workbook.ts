/** The words of the errors that stop reading a workbook (`.xlsx`) or one of its sheets. */
import type { Lang } from '../model/rule.js';
import type { SheetCause, WorkbookFailure } from '../model/messages.js';
import { HEADER } from './inputs.js';
import type { Templates } from './template.js';

/**
 * Why a workbook could not be read, in `lang` (`detail`: the library's words, said when the
 * failure is not one of the known kinds).
 *
 * @example failure({ cause: 'cut-short' }, 'FILE_ENDED', 'ko') // => '파일이 중간에 잘림'
 */
function failure(why: WorkbookFailure, detail: string, lang: Lang): string {
  const en = lang === 'en';
  switch (why.cause) {
    case 'cut-short':
      return en ? 'the file is cut short' : '파일이 중간에 잘림';
    case 'damaged-zip':
      return en ? 'its compressed data is damaged' : '압축된 내용이 손상됨';
    case 'damaged-xml':
      return en ? 'an XML part inside it is damaged' : '안에 든 XML 부분이 손상됨';
    case 'workbook-part':
      return en ? 'the workbook part (xl/workbook.xml) was not read' : '통합 문서 부분(xl/workbook.xml)을 읽지 못함';
    case 'worksheets':
      return en ? `${why.read} of ${why.expected} worksheets were read` : `워크시트 ${why.expected}개 중 ${why.read}개만 읽음`;
    case 'sheet':
      return en ? `sheet "${why.sheet}" was not reached` : `"${why.sheet}" 시트에 이르지 못함`;
    case 'other':
      return detail;
  }
}

const CONVERT_EN = 'open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then audit that file';
const CONVERT_KO = 'Excel에서 열어 .xlsx(Excel 통합 문서)나 CSV UTF-8로 저장한 뒤 그 파일을 점검하세요';

/** A sheet's own error nested in NO_SHEET, in the same language. */
function causeText(c: SheetCause, lang: Lang): string {
  if ('text' in c) return c.text;
  return c.code === 'INPUT_HEADER' ? HEADER.INPUT_HEADER[lang](c.data) : WORKBOOK.INPUT_WORKBOOK[lang](c.data);
}

export const WORKBOOK: Templates<'INPUT_WORKBOOK'> = {
  INPUT_WORKBOOK: {
    en(d) {
      switch (d.problem) {
        case 'legacy-xls':
          return `${d.file}: this is a legacy Excel 97-2003 workbook (.xls, BIFF), which is not read; ${CONVERT_EN}`;
        case 'html-xls':
          return `${d.file}: this is an HTML page (a web table saved with an Excel name), not a workbook; ${CONVERT_EN}`;
        case 'empty-sheet':
          return `${d.file}: the sheet is empty — there is no header row to tell the kind of export from`;
        case 'bad-workbook':
          return `${d.file}: the workbook cannot be read (${failure(d.why, d.detail, 'en')}); open it in Excel and save it again as .xlsx or CSV UTF-8`;
        case 'encrypted':
          return `${d.file}: the workbook is encrypted (password-protected), so it cannot be read; open it in Excel with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it, or save it as CSV UTF-8`;
        case 'unknown-sheet':
          return `${d.file}: no sheet ${d.position ? 'at position' : 'named'} "${d.sheet}"; the sheets are: ${d.names.join(', ')} (pass --sheet with a name or a position 1–${d.names.length})`;
        case 'no-sheet':
          return (
            `${d.file}: no sheet has a header that tells the kind of export (looked at the first ${d.rows} rows of ${d.names.join(', ') || 'no sheet'})` +
            (d.cause !== null
              ? `; ${causeText(d.cause, 'en')}`
              : '; save the export as .xlsx with its header row, or as CSV UTF-8')
          );
        case 'header-line':
          return `${d.file}: --header-line ${d.headerLine} is not a non-blank row among the first ${d.search} (they are rows ${d.rows.join(', ')})`;
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'legacy-xls':
          return `${d.file}: 예전 Excel 97-2003 통합 문서(.xls, BIFF)라서 읽지 않습니다. ${CONVERT_KO}`;
        case 'html-xls':
          return `${d.file}: 통합 문서가 아니라 HTML 페이지(Excel 이름으로 저장한 웹 표)입니다. ${CONVERT_KO}`;
        case 'empty-sheet':
          return `${d.file}: 빈 시트입니다. 자료 종류를 알아낼 머리글 행이 없습니다`;
        case 'bad-workbook':
          return `${d.file}: 통합 문서를 읽을 수 없습니다 (${failure(d.why, d.detail, 'ko')}). Excel에서 열어 .xlsx나 CSV UTF-8로 다시 저장하세요`;
        case 'encrypted':
          return `${d.file}: 암호가 걸린(암호화된) 통합 문서라서 읽을 수 없습니다. Excel에서 암호로 연 뒤 암호를 지우고(파일 → 정보 → 통합 문서 보호 → 암호 설정) 저장하거나, CSV UTF-8로 저장하세요`;
        case 'unknown-sheet':
          return `${d.file}: ${d.position ? `${d.sheet}번째 시트가` : `이름이 "${d.sheet}"인 시트가`} 없습니다. 시트: ${d.names.join(', ')} (--sheet에 시트 이름이나 1–${d.names.length} 사이의 순서를 지정하세요)`;
        case 'no-sheet':
          return (
            `${d.file}: 자료 종류를 알 수 있는 머리글이 있는 시트가 없습니다 (${d.names.length > 0 ? `${d.names.join(', ')} 시트` : '시트 없음'}의 처음 ${d.rows}행을 살펴봄)` +
            (d.cause !== null ? `. ${causeText(d.cause, 'ko')}` : '. 머리글 행이 있는 .xlsx나 CSV UTF-8로 자료를 저장하세요')
          );
        case 'header-line':
          return `${d.file}: --header-line ${d.headerLine}은(는) 처음 ${d.search}행 중 비어 있지 않은 행이 아닙니다 (비어 있지 않은 행: ${d.rows.join(', ')})`;
      }
    },
  },
};
