/**
 * `--lang` and the locale reach the workbook errors (LEGACY_XLS, HTML_XLS, BAD_WORKBOOK,
 * EMPTY_SHEET, NO_SHEET, UNKNOWN_SHEET, HEADER_LINE): each case runs the built CLI
 * (`bin/charter-audit.js`) with `--lang en` under a Korean locale (the English words unchanged),
 * with `--lang ko`, and with `LANG=ko_KR.UTF-8` alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rewriteStoredZip, storedWorkbook, writeWorkbook } from '../helpers/xlsx.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');
let dir: string;

function cli(args: readonly string[], lang: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [BIN, 'audit', ...args, '--as-of', '2025-09-01'], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stderr: r.stderr };
}

/** The same error in English (`--lang en` under a Korean locale) and in Korean (`--lang ko`; the locale alone). */
function both(args: readonly string[], en: string, ko: string) {
  const english = cli([...args, '--lang', 'en'], 'ko_KR.UTF-8');
  expect(english.code).toBe(2);
  expect(english.stderr).toBe(`charter-audit: ${en}\n`);
  const korean = cli([...args, '--lang', 'ko'], 'en_US.UTF-8');
  expect(korean.code).toBe(2);
  expect(korean.stderr).toBe(`charter-audit: ${ko}\n`);
  const locale = cli(args, 'ko_KR.UTF-8');
  expect(locale.code).toBe(2);
  expect(locale.stderr).toBe(korean.stderr);
}

const CONVERT_EN = 'open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then audit that file';
const CONVERT_KO = 'Excel에서 열어 .xlsx(Excel 통합 문서)나 CSV UTF-8로 저장한 뒤 그 파일을 점검하세요';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-workbook-'));
  await writeWorkbook(join(dir, 'payments.xlsx'), [
    {
      name: '대금지급',
      rows: [['2025년 현황'], ['청구번호', '청구일시', '지급일시'], ['P-1', '2025-03-04 09:00', '2025-03-04 11:00']],
    },
  ]);
  await writeWorkbook(join(dir, 'notes.xlsx'), [
    { name: '안내', rows: [['이 파일은 안내입니다']] },
    { name: '빈시트', rows: [] },
  ]);
  await writeWorkbook(join(dir, 'empty.xlsx'), [{ name: '빈시트', rows: [] }]);
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(join(dir, 'old.xls'), Buffer.concat([ole2, Buffer.alloc(512)]));
  writeFileSync(join(dir, 'web.xls'), '<html><table><tr><td>민원번호</td></tr></table></html>');
  // A password-protected .xlsx is a compound document too, holding its zip in "EncryptedPackage".
  const directory = Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le');
  writeFileSync(join(dir, 'locked.xlsx'), Buffer.concat([ole2, Buffer.alloc(504), directory, Buffer.alloc(512)]));
  const whole = readFileSync(join(dir, 'payments.xlsx'));
  writeFileSync(join(dir, 'cut.xlsx'), whole.subarray(0, whole.length - 50));
  const stored = await storedWorkbook([
    {
      name: '대금지급',
      rows: [
        ['청구번호', '청구일시', '지급일시'],
        ['P-1', '2025-03-04 09:00', '2025-03-04 11:00'],
      ],
    },
  ]);
  writeFileSync(
    join(dir, 'broken.xlsx'),
    rewriteStoredZip(stored, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</row>', '</rox>')),
  );
});

describe('workbook errors in both languages', () => {
  it('a legacy .xls (LEGACY_XLS) and an HTML page named .xls (HTML_XLS)', () => {
    both(
      ['old.xls'],
      `old.xls: this is a legacy Excel 97-2003 workbook (.xls, BIFF), which is not read; ${CONVERT_EN}`,
      `old.xls: 예전 Excel 97-2003 통합 문서(.xls, BIFF)라서 읽지 않습니다. ${CONVERT_KO}`,
    );
    both(
      ['web.xls'],
      `web.xls: this is an HTML page (a web table saved with an Excel name), not a workbook; ${CONVERT_EN}`,
      `web.xls: 통합 문서가 아니라 HTML 페이지(Excel 이름으로 저장한 웹 표)입니다. ${CONVERT_KO}`,
    );
  });

  it('a password-protected workbook (ENCRYPTED_XLSX), not taken for a legacy .xls', () => {
    both(
      ['locked.xlsx'],
      'locked.xlsx: the workbook is encrypted (password-protected), so it cannot be read; open it in Excel with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it, or save it as CSV UTF-8',
      'locked.xlsx: 암호가 걸린(암호화된) 통합 문서라서 읽을 수 없습니다. Excel에서 암호로 연 뒤 암호를 지우고(파일 → 정보 → 통합 문서 보호 → 암호 설정) 저장하거나, CSV UTF-8로 저장하세요',
    );
  });

  it("a workbook cut short, or with a damaged XML part (BAD_WORKBOOK): exceljs's failure said in words", () => {
    both(
      ['cut.xlsx'],
      'cut.xlsx: the workbook cannot be read (the file is cut short); open it in Excel and save it again as .xlsx or CSV UTF-8',
      'cut.xlsx: 통합 문서를 읽을 수 없습니다 (파일이 중간에 잘림). Excel에서 열어 .xlsx나 CSV UTF-8로 다시 저장하세요',
    );
    both(
      ['broken.xlsx'],
      'broken.xlsx: the workbook cannot be read (an XML part inside it is damaged); open it in Excel and save it again as .xlsx or CSV UTF-8',
      'broken.xlsx: 통합 문서를 읽을 수 없습니다 (안에 든 XML 부분이 손상됨). Excel에서 열어 .xlsx나 CSV UTF-8로 다시 저장하세요',
    );
  });

  it('a workbook whose only sheet is empty (EMPTY_SHEET)', () => {
    both(
      ['empty.xlsx'],
      'empty.xlsx [빈시트]: the sheet is empty — there is no header row to tell the kind of export from',
      'empty.xlsx [빈시트]: 빈 시트입니다. 자료 종류를 알아낼 머리글 행이 없습니다',
    );
  });

  it('no sheet with a header (NO_SHEET) carries the first sheet’s own error in the same language', () => {
    const en = cli(['notes.xlsx', '--lang', 'en'], 'ko_KR.UTF-8');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /^charter-audit: notes\.xlsx: no sheet has a header that tells the kind of export \(looked at the first 20 rows of 안내, 빈시트\); notes\.xlsx \[안내\]: cannot tell the kind of file from its header \(이 파일은 안내입니다\): .*or pass --kind\n$/,
    );
    const ko = cli(['notes.xlsx', '--lang', 'ko'], 'en_US.UTF-8');
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(
      /^charter-audit: notes\.xlsx: 자료 종류를 알 수 있는 머리글이 있는 시트가 없습니다 \(안내, 빈시트 시트의 처음 20행을 살펴봄\)\. notes\.xlsx \[안내\]: 머리글로 자료 종류를 알 수 없습니다 \(이 파일은 안내입니다\)\. .*--kind를 지정하세요\n$/,
    );
    expect(cli(['notes.xlsx'], 'ko_KR.UTF-8').stderr).toBe(ko.stderr);
  });

  it('--sheet that names no sheet, by name or by position (UNKNOWN_SHEET)', () => {
    both(
      ['payments.xlsx', '--sheet', '없음'],
      'payments.xlsx: no sheet named "없음"; the sheets are: 대금지급 (pass --sheet with a name or a position 1–1)',
      'payments.xlsx: 이름이 "없음"인 시트가 없습니다. 시트: 대금지급 (--sheet에 시트 이름이나 1–1 사이의 순서를 지정하세요)',
    );
    both(
      ['payments.xlsx', '--sheet', '3'],
      'payments.xlsx: no sheet at position "3"; the sheets are: 대금지급 (pass --sheet with a name or a position 1–1)',
      'payments.xlsx: 3번째 시트가 없습니다. 시트: 대금지급 (--sheet에 시트 이름이나 1–1 사이의 순서를 지정하세요)',
    );
  });

  it('--header-line that is not a non-blank row of the sheet (HEADER_LINE)', () => {
    both(
      ['payments.xlsx', '--header-line', '9'],
      'payments.xlsx [대금지급]: --header-line 9 is not a non-blank row among the first 20 (they are rows 1, 2, 3)',
      'payments.xlsx [대금지급]: --header-line 9은(는) 처음 20행 중 비어 있지 않은 행이 아닙니다 (비어 있지 않은 행: 1, 2, 3)',
    );
  });
});
