/** The words of every command's `--help` but `audit`'s (`help-audit.ts`). */
import { KINDS } from '../model/records.js';
import { AUDIT_HELP } from './help-audit.js';
import type { CommandHelp } from './help.js';
import { SHARED } from './help.js';

export const INSPECT_HELP = {
  description: {
    en: 'Show how an export is read: encoding, delimiter, kind, column mapping, row count and sample rows.',
    ko: '자료를 어떻게 읽는지 보여 줍니다: 인코딩, 구분자, 자료 종류, 열 대응, 행 수, 표본 행.',
  },
  arguments: {
    file: { en: 'CSV export or .xlsx workbook (- for stdin)', ko: 'CSV 자료 또는 .xlsx 통합 문서 (-는 표준 입력)' },
  },
  options: {
    kind: { en: `force the kind (${KINDS.join(' | ')})`, ko: `자료 종류를 지정 (${KINDS.join(' | ')})` },
    encoding: {
      en: 'force the encoding (utf-8 | cp949 | euc-kr | utf-16le)',
      ko: '인코딩을 지정 (utf-8 | cp949 | euc-kr | utf-16le)',
    },
    sheet: {
      en: 'in an .xlsx workbook, only this sheet (its name or 1-based position)',
      ko: '.xlsx 통합 문서에서 이 시트만 (시트 이름 또는 1부터 센 순서)',
    },
    headerLine: {
      en: 'the 1-based line of the header (default: found in the first 20 lines)',
      ko: '머리글이 있는 줄 번호, 1부터 (기본값: 처음 20줄에서 찾음)',
    },
    json: {
      en: 'print the findings as JSON (an array for a workbook of several audited sheets)',
      ko: '결과를 JSON으로 출력 (점검할 시트가 여럿인 통합 문서는 배열)',
    },
    lang: SHARED.lang,
    config: {
      en: `config file whose "columns" map renames headers (${SHARED.configDefault.en})`,
      ko: `"columns"로 머리글 이름을 바꾸는 설정 파일 (${SHARED.configDefault.ko})`,
    },
  },
  examples: ['charter-audit inspect 대금지급.csv', 'charter-audit inspect calls.csv --encoding cp949 --json'],
} as const satisfies CommandHelp;

export const RULES_HELP = {
  description: {
    en: 'list the charter rules: id, kind, title, threshold, severity, basis and the clause (Korean)',
    ko: '헌장 규칙을 보여 줍니다: 식별자, 자료 종류, 제목, 기준, 심각도, 근거, 헌장 조항',
  },
  arguments: {},
  options: {
    json: { en: 'print the list as JSON (stable key and rule order)', ko: '목록을 JSON으로 출력 (키와 규칙 순서는 고정)' },
    lang: SHARED.lang,
    config: {
      en: `show the rules as this config file sets them (${SHARED.configDefault.en})`,
      ko: `이 설정 파일이 정한 대로 규칙을 보여 줌 (${SHARED.configDefault.ko})`,
    },
  },
} as const satisfies CommandHelp;

export const COLUMNS_HELP = {
  description: {
    en: 'list every accepted header (Korean and English) and value word, per kind of export',
    ko: '자료 종류별로 받아들이는 머리글(한국어, 영어)과 값 표현을 모두 보여 줍니다',
  },
  arguments: { kind: { en: 'one kind', ko: '자료 종류 하나' } },
  options: {
    format: { en: 'text, json or markdown', ko: 'text, json 또는 markdown' },
    json: { en: 'same as --format json', ko: '--format json과 같음' },
    lang: SHARED.lang,
    config: {
      en: `add the config's own value words (${SHARED.configDefault.en})`,
      ko: `설정 파일의 값 표현도 더함 (${SHARED.configDefault.ko})`,
    },
  },
  examples: ['charter-audit columns', 'charter-audit columns payments --format markdown'],
} as const satisfies CommandHelp;

export const INIT_HELP = {
  description: {
    en: 'write a starter charter-audit.config.json: every threshold at the charter value, an empty standard-days table, a values example',
    ko: '처음 쓸 charter-audit.config.json을 만듭니다: 모든 기준은 헌장의 값, 빈 표준 처리일수 표, 값 표현 예시',
  },
  arguments: {},
  options: {
    output: {
      en: 'where to write it (default: ./charter-audit.config.json)',
      ko: '쓸 위치 (기본값: ./charter-audit.config.json)',
    },
    force: { en: 'overwrite an existing file', ko: '있는 파일을 덮어씀' },
    lang: SHARED.lang,
  },
  examples: ['charter-audit init', 'charter-audit init -o config/charter-audit.config.json --force'],
} as const satisfies CommandHelp;

export const DEADLINE_HELP = {
  description: {
    en: 'When a period of working time that starts at START runs out (hours-based ≤ 5 days, day-based ≥ 6)',
    ko: 'START에 시작한 근무시간 기간이 끝나는 때를 계산합니다 (5일 이하는 시간 단위, 6일 이상은 일 단위)',
  },
  arguments: {
    START: {
      en: 'receipt time, e.g. "2024-09-13 17:00" (KST unless it has an offset)',
      ko: '접수 시각, 예: "2024-09-13 17:00" (시간대를 적지 않으면 KST)',
    },
  },
  options: {
    hours: { en: 'working hours allowed, e.g. 4', ko: '허용 근무시간(시간), 예: 4' },
    minutes: { en: 'working minutes allowed, e.g. 90', ko: '허용 근무시간(분), 예: 90' },
    days: {
      en: 'statutory days: D ≤ 5 → D × 8 working hours; D ≥ 6 → 18:00 on the D-th working day (complaint.statutory in the config may change the split)',
      ko: '법정 처리일수: D ≤ 5 → 근무시간 D × 8시간, D ≥ 6 → D번째 근무일 18:00 (설정의 complaint.statutory로 바꿀 수 있음)',
    },
    holidays: {
      en: 'holidays file (CSV "date,name[,add|remove]" or JSON) added to the gazette data',
      ko: '관보 자료에 더할 공휴일 파일 (CSV "date,name[,add|remove]" 또는 JSON)',
    },
    config: SHARED.calendarConfig,
    json: {
      en: `print {"start","clockStart","deadline","allowedWorkingSeconds","basis"}`,
      ko: `JSON으로 출력: {"start","clockStart","deadline","allowedWorkingSeconds","basis"}`,
    },
    lang: SHARED.lang,
  },
} as const satisfies CommandHelp;

export const ELAPSED_HELP = {
  description: { en: 'Working time inside [START, END)', ko: '[START, END) 안의 근무시간을 계산합니다' },
  arguments: {
    START: { en: 'e.g. "2024-09-13 17:00"', ko: '예: "2024-09-13 17:00"' },
    END: { en: 'e.g. "2024-09-19 12:00"', ko: '예: "2024-09-19 12:00"' },
  },
  options: {
    holidays: {
      en: 'holidays file (CSV or JSON) added to the gazette data',
      ko: '관보 자료에 더할 공휴일 파일 (CSV 또는 JSON)',
    },
    config: SHARED.calendarConfig,
    json: { en: `print {"start","end","workingSeconds"}`, ko: `JSON으로 출력: {"start","end","workingSeconds"}` },
    lang: SHARED.lang,
  },
} as const satisfies CommandHelp;

export const HOLIDAYS_HELP = {
  description: { en: "The working calendar's public holidays of YEAR", ko: '근무 달력의 YEAR년 공휴일을 보여 줍니다' },
  arguments: { YEAR: { en: 'e.g. 2025', ko: '예: 2025' } },
  options: {
    holidays: {
      en: 'holidays file (CSV or JSON) applied to the gazette data',
      ko: '관보 자료에 적용할 공휴일 파일 (CSV 또는 JSON)',
    },
    config: SHARED.calendarConfig,
    json: {
      en: `print {"year","holidays":[{"date","weekday","names","source"}]}`,
      ko: `JSON으로 출력: {"year","holidays":[{"date","weekday","names","source"}]}`,
    },
    lang: SHARED.lang,
  },
} as const satisfies CommandHelp;

export const SAMPLE_HELP = {
  description: {
    en: `Write a deterministic synthetic export (${KINDS.slice(0, -1).join(', ')} or ${KINDS.at(-1)}) for tests and benchmarks.`,
    ko: `시험과 성능 측정에 쓸 합성 자료(${KINDS.join(', ')})를 씁니다. 같은 옵션이면 늘 같은 자료입니다.`,
  },
  arguments: {},
  options: {
    kind: { en: KINDS.join(' | '), ko: `자료 종류: ${KINDS.join(' | ')}` },
    rows: { en: 'number of data rows', ko: '자료 행 수' },
    seed: { en: 'random seed (same seed, same bytes)', ko: '난수 시드 (시드가 같으면 바이트까지 같음)' },
    year: { en: 'year to fill (2018–2027)', ko: '채울 연도 (2018–2027)' },
    from: { en: 'first day, YYYY-MM-DD (default 1 January of --year)', ko: '첫날, YYYY-MM-DD (기본값: --year의 1월 1일)' },
    to: { en: 'last day, YYYY-MM-DD (default 31 December)', ko: '마지막 날, YYYY-MM-DD (기본값: 12월 31일)' },
    days: {
      en: 'use only n working days, evenly spaced over the period',
      ko: '기간에 고르게 퍼진 근무일 n일만 씀',
    },
    lateShare: { en: 'share of late records (calls: of congested days)', ko: '늦은 기록의 비율 (calls: 혼잡한 날의 비율)' },
    outboundShare: { en: 'calls: share of outbound care/happy calls', ko: 'calls: 발신 케어콜·해피콜의 비율' },
    korean: { en: 'Korean headers, vocabulary and timestamp forms', ko: '한국어 머리글, 어휘, 일시 형식' },
    encoding: { en: 'utf-8 | cp949', ko: '인코딩: utf-8 | cp949' },
    output: { en: 'write to a file instead of stdout', ko: '표준 출력 대신 파일에 씀' },
    lang: SHARED.lang,
  },
  examples: [
    'charter-audit sample --kind calls --rows 1000000 --seed 7 > calls.csv',
    'charter-audit sample --kind payments --rows 300 --seed 2025 --korean --encoding cp949 --output 대금.csv',
  ],
} as const satisfies CommandHelp;

export const DIFF_HELP = {
  description: {
    en: 'compare two JSON audit reports of the same inputs: verdicts that flipped, per-rule counts before → after',
    ko: '같은 입력의 JSON 점검 보고서 두 개를 비교합니다: 뒤바뀐 판정, 규칙별 건수 전 → 후',
  },
  arguments: {
    before: { en: 'the earlier JSON report (audit --format json)', ko: '먼저 만든 JSON 보고서 (audit --format json)' },
    after: { en: 'the later JSON report', ko: '나중에 만든 JSON 보고서' },
  },
  options: {
    format: {
      en: 'table, json, md or html (default: table on a terminal, else json)',
      ko: 'table, json, md 또는 html (기본값: 터미널이면 table, 아니면 json)',
    },
    output: {
      en: 'write the comparison to a file (format from its extension), atomically',
      ko: '비교 결과를 파일에 씀 (형식은 확장자로 정함). 다 쓴 뒤에 한 번에 바꿔 넣음',
    },
    lang: SHARED.lang,
  },
} as const satisfies CommandHelp;

/** Every command's help, by command name (the catalog test reads them all). */
export const COMMAND_HELP = {
  audit: AUDIT_HELP,
  inspect: INSPECT_HELP,
  rules: RULES_HELP,
  columns: COLUMNS_HELP,
  init: INIT_HELP,
  deadline: DEADLINE_HELP,
  elapsed: ELAPSED_HELP,
  holidays: HOLIDAYS_HELP,
  sample: SAMPLE_HELP,
  diff: DIFF_HELP,
} as const;
