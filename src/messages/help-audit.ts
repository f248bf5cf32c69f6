/** The words of `charter-audit audit --help`. */
import type { CommandHelp } from './help.js';
import { SHARED } from './help.js';

export const AUDIT_HELP = {
  description: {
    en: 'audit charter deadlines in CSV exports and Excel workbooks of complaints, payments, contracts and calls',
    ko: '민원, 대금지급, 계약, 콜센터 자료(CSV 파일, Excel 통합 문서)의 헌장 처리기한을 점검합니다',
  },
  arguments: {
    files: {
      en: 'CSV exports or .xlsx workbooks (- for stdin); the kind is detected from the header',
      ko: 'CSV 자료 또는 .xlsx 통합 문서 (-는 표준 입력). 자료 종류는 머리글로 알아냄',
    },
  },
  options: {
    format: {
      en: 'report format (default: table on a terminal, else json)',
      ko: '보고서 형식 (기본값: 터미널이면 table, 아니면 json)',
    },
    output: {
      en: 'write the report to a file (format from its extension), atomically',
      ko: '보고서를 파일에 씀 (형식은 확장자로 정함). 다 쓴 뒤에 한 번에 바꿔 넣음',
    },
    kind: { en: 'treat every input as this kind', ko: '모든 입력을 이 자료 종류로 봄' },
    sheet: {
      en: 'in .xlsx inputs, audit only this sheet (its name or 1-based position)',
      ko: '.xlsx 입력에서 이 시트만 점검 (시트 이름 또는 1부터 센 순서)',
    },
    encoding: {
      en: 'input encoding: utf-8, cp949 (ms949, uhc), euc-kr (ks_c_5601-1987), utf-16le/be (default: detected)',
      ko: '입력 인코딩: utf-8, cp949 (ms949, uhc), euc-kr (ks_c_5601-1987), utf-16le/be (기본값: 자동 감지)',
    },
    headerLine: {
      en: 'the 1-based line of the header, when title lines above it are not recognised (default: found in the first 20 lines)',
      ko: '머리글이 있는 줄 번호(1부터). 그 위의 제목 줄을 알아보지 못할 때 씀 (기본값: 처음 20줄에서 찾음)',
    },
    config: {
      en: `config file (${SHARED.configDefault.en})`,
      ko: `설정 파일 (${SHARED.configDefault.ko})`,
    },
    holidays: {
      en: 'extra or removed holidays (CSV "date,name[,action]" or JSON)',
      ko: '더하거나 뺄 공휴일 (CSV "date,name[,action]" 또는 JSON)',
    },
    asOf: {
      en: 'judge open records at this time (default: now)',
      ko: '처리 중인 기록을 이 시각 기준으로 판정 (기본값: 지금)',
    },
    from: { en: 'first day of the audited period (KST, inclusive)', ko: '점검 기간의 첫날 (KST, 그날 포함)' },
    to: { en: 'last day of the audited period (KST, inclusive)', ko: '점검 기간의 마지막 날 (KST, 그날 포함)' },
    quarter: {
      en: 'audit one quarter (and compare with the one before), e.g. 2025Q2',
      ko: '한 분기만 점검하고 직전 분기와 비교 (예: 2025Q2)',
    },
    groupBy: { en: 'add a breakdown by month, quarter or department', ko: '월, 분기 또는 부서별 집계를 더함' },
    failOn: {
      en: 'exit 1 on violations at or above this severity',
      ko: '이 심각도 이상의 위반이 있으면 종료 코드 1',
    },
    lang: SHARED.lang,
    limit: { en: 'violations listed in the table (default 20)', ko: '표에 보여 줄 위반 수 (기본값 20)' },
    all: { en: 'list every violation in the table', ko: '표에 위반을 모두 보여 줌' },
    color: { en: 'force colour in the table', ko: '표에 늘 색을 씀' },
    noColor: { en: 'no colour', ko: '색을 쓰지 않음' },
    bom: {
      en: 'start CSV output with a UTF-8 BOM (the default for -o x.csv, so Korean Excel reads it; stdout has none)',
      ko: 'CSV 출력 앞에 UTF-8 BOM을 붙임 (-o x.csv에서는 기본. 한국어 Excel이 제대로 읽도록. 표준 출력에는 붙이지 않음)',
    },
    noBom: { en: 'no BOM in a CSV file written with -o', ko: '-o로 쓰는 CSV 파일에 BOM을 붙이지 않음' },
    explain: {
      en: 'explain how the deadlines of this record were computed',
      ko: '이 기록의 처리기한을 어떻게 계산했는지 설명',
    },
    strict: { en: 'exit 2 when any row is rejected', ko: '처리하지 못한 행이 하나라도 있으면 종료 코드 2' },
    quiet: { en: 'do not say on stderr what -o wrote', ko: '-o로 쓴 파일을 표준 오류에 알리지 않음' },
    whatIf: {
      en: 'judge the same rows again under a partial config (JSON) or a reading (reading:NAME), and list the verdicts it flips; repeat for several',
      ko: '같은 행을 부분 설정(JSON)이나 해석(reading:NAME)으로 다시 판정하고 바뀌는 판정을 보여 줌. 여러 번 쓸 수 있음',
    },
    jobs: {
      en: 'text files read at once, one worker thread each; auto: one per core (default 1: one at a time)',
      ko: '동시에 읽을 텍스트 파일 수, 파일마다 작업 스레드 하나. auto: 코어마다 하나 (기본값 1: 하나씩)',
    },
    sensitivity: {
      en: 'run every built-in reading of the charter and list, per rule, the verdicts that depend on one',
      ko: '헌장의 기본 제공 해석을 모두 적용해 보고, 규칙마다 해석에 따라 달라지는 판정을 보여 줌',
    },
    dueWithin: {
      en: 'also list the open records that breach within this much working time after --as-of, soonest first (e.g. 8h, 30m, 1d = one working day)',
      ko: '--as-of 뒤 이 근무시간 안에 기한을 넘길 처리 중 기록도 기한이 가까운 순으로 보여 줌 (예: 8h, 30m, 1d = 근무일 하루)',
    },
  },
} as const satisfies CommandHelp;
