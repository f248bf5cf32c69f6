/** The words of every usage error (a bad option or argument: exit 2), in English and Korean. */
import type { MessageData } from '../model/messages.js';
import { ACCEPTED_TIMESTAMPS, ACCEPTED_TIMESTAMPS_KO, TIMESTAMP_PROBLEMS } from './rejections.js';
import type { Templates } from './template.js';
import { formatDuration } from '../format/index.js';
import { COMMANDER } from './commander.js';

const OVERWRITE_ROLES: Record<MessageData['USAGE_OVERWRITE_INPUT']['role'], { en: string; ko: string }> = {
  input: { en: 'one of the inputs', ko: '입력 파일' },
  config: { en: 'the config file', ko: '설정 파일' },
  holidays: { en: 'the holidays file', ko: '공휴일 파일' },
  'config-holidays': { en: "the config's holidays file", ko: '설정에 적힌 공휴일 파일' },
  'what-if': { en: 'a what-if file', ko: '--what-if 파일' },
  report: { en: 'one of the reports compared', ko: '비교하는 보고서' },
};

export const USAGE: Templates<Extract<keyof MessageData, `USAGE_${string}`>> = {
  USAGE_NOT_ONE_OF: {
    en: (d) => `${d.option} "${d.value}" is not one of: ${d.allowed.join(', ')}`,
    ko: (d) => `${d.option} "${d.value}": 허용되는 값이 아닙니다 (허용: ${d.allowed.join(', ')})`,
  },
  USAGE_NOT_WHOLE: {
    en: (d) =>
      d.what === 'line'
        ? `${d.option} must be a line number (1, 2, …), not "${d.value}"`
        : d.what === 'workers'
          ? `${d.option} must be a whole number ≥ ${d.min} or auto, not "${d.value}"`
          : `${d.option} "${d.value}" is not a whole number ≥ ${d.min}`,
    ko: (d) =>
      d.what === 'line'
        ? `${d.option} "${d.value}": 줄 번호(1, 2, …)가 아닙니다`
        : d.what === 'workers'
          ? `${d.option} "${d.value}": ${d.min} 이상의 정수나 auto여야 합니다`
          : `${d.option} "${d.value}": ${d.min} 이상의 정수가 아닙니다`,
  },
  USAGE_QUARTER: {
    en: (d) =>
      d.year === null
        ? `--quarter "${d.value}" is not a quarter; use YYYYQn, e.g. 2025Q2`
        : `--quarter "${d.value}": year ${d.year} does not exist; use YYYYQn, e.g. 2025Q2`,
    ko: (d) =>
      d.year === null
        ? `--quarter "${d.value}": 분기가 아닙니다. YYYYQn 형식으로 쓰세요 (예: 2025Q2)`
        : `--quarter "${d.value}": ${d.year}년은 없는 해입니다. YYYYQn 형식으로 쓰세요 (예: 2025Q2)`,
  },
  USAGE_DATE: {
    en: (d) => `${d.option} "${d.value}" is not a date; use YYYY-MM-DD, e.g. 2025-04-01`,
    ko: (d) => `${d.option} "${d.value}": 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요 (예: 2025-04-01)`,
  },
  USAGE_QUARTER_WITH_RANGE: {
    en: () => '--quarter cannot be combined with --from/--to',
    ko: () => '--quarter는 --from/--to와 함께 쓸 수 없습니다',
  },
  USAGE_RANGE_REVERSED: {
    en: (d) => `--to ${d.to} is before --from ${d.from}`,
    ko: (d) => `--to ${d.to}이(가) --from ${d.from}보다 앞입니다`,
  },
  USAGE_AS_OF: {
    en(d) {
      const problem = TIMESTAMP_PROBLEMS[d.problem ?? 'format'].en;
      const accepted = problem.includes('accepted:') ? '' : `; accepted: ${ACCEPTED_TIMESTAMPS}`;
      return `${d.option} "${d.value}" ${problem}${accepted}, or a date such as 2025-07-01`;
    },
    ko(d) {
      const problem = TIMESTAMP_PROBLEMS[d.problem ?? 'format'].ko;
      const accepted = problem.includes('허용:') ? '' : ` (허용: ${ACCEPTED_TIMESTAMPS_KO})`;
      return `${d.option} "${d.value}": ${problem}${accepted}. 2025-07-01 같은 날짜도 됩니다`;
    },
  },
  USAGE_STDIN_TWICE: {
    en: () => 'stdin (-) can be read only once',
    ko: () => '표준 입력(-)은 한 번만 읽을 수 있습니다',
  },
  USAGE_OUTPUT: {
    en(d) {
      const o = d.output === '' ? '""' : d.output;
      switch (d.problem) {
        case 'no-name':
          return `--output ${o} needs a file name`;
        case 'directory':
          return `--output ${o} is a directory; name a file in it, e.g. ${d.path}`;
        case 'no-folder':
          return `--output ${o} cannot be written: the directory ${d.path} does not exist`;
        case 'not-a-folder':
          return `--output ${o} cannot be written: ${d.path} is not a directory`;
      }
    },
    ko(d) {
      const o = d.output === '' ? '""' : d.output;
      switch (d.problem) {
        case 'no-name':
          return `--output ${o}: 파일 이름이 필요합니다`;
        case 'directory':
          return `--output ${o}: 폴더입니다. 그 안의 파일 이름을 쓰세요 (예: ${d.path})`;
        case 'no-folder':
          return `--output ${o}: 쓸 수 없습니다. ${d.path} 폴더가 없습니다`;
        case 'not-a-folder':
          return `--output ${o}: 쓸 수 없습니다. ${d.path}은(는) 폴더가 아닙니다`;
      }
    },
  },
  USAGE_FORMAT_FROM_NAME: {
    en: (d) => `cannot tell the format from "${d.name}"; use --format or one of ${d.extensions.join(' ')}`,
    ko: (d) =>
      `"${d.name}"에서 보고서 형식을 알 수 없습니다. --format을 쓰거나 확장자를 ${d.extensions.join(' ')} 중 하나로 하세요`,
  },
  USAGE_BINARY_TO_TERMINAL: {
    en: (d) =>
      `--format ${d.format} writes a binary file, not text for a terminal: use -o report${d.extension} or redirect stdout`,
    ko: (d) =>
      `--format ${d.format}은(는) 터미널에 보일 글이 아니라 바이너리 파일을 씁니다. -o report${d.extension}을(를) 쓰거나 표준 출력을 파일로 돌리세요`,
  },
  USAGE_WHAT_IF_READING: {
    en: (d) => `--what-if ${d.name} is not a reading; readings: ${d.readings.join(', ')}`,
    ko: (d) => `--what-if ${d.name}: 그런 해석이 없습니다. 쓸 수 있는 해석: ${d.readings.join(', ')}`,
  },
  USAGE_EXPLAIN_FORMAT: {
    en: (d) =>
      `--explain is written as words (table) or data (${d.formats.filter((f) => f !== 'table').join(', ')}), not as ${d.format}: use --format ${d.formats.join('|')}`,
    ko: (d) =>
      `--explain은 글(table) 또는 데이터(${d.formats.filter((f) => f !== 'table').join(', ')})로만 씁니다 (${d.format} 형식은 안 됨): --format ${d.formats.join('|')} 중 하나를 쓰세요`,
  },
  USAGE_WHAT_IF_FORMAT: {
    en: (d) => `--what-if and --sensitivity are shown in the ${d.formats.join(', ')} reports, not in ${d.format}`,
    ko: (d) => `--what-if와 --sensitivity는 ${d.formats.join(', ')} 보고서에만 나옵니다 (${d.format}에는 나오지 않음)`,
  },
  USAGE_NOTHING_TO_EXPLAIN: {
    en: (d) => `no evaluated row has the record id "${d.id}", or no rule applies to it`,
    ko: (d) => `레코드 ID "${d.id}"인 행이 없거나, 해당 행에 적용되는 규칙이 없습니다`,
  },
  USAGE_OVERWRITE_INPUT: {
    en: (d) => `--output ${d.output} is ${OVERWRITE_ROLES[d.role].en}; refusing to overwrite it`,
    ko: (d) => `--output ${d.output}은(는) ${OVERWRITE_ROLES[d.role].ko}입니다. 덮어쓰지 않습니다`,
  },
  USAGE_INPUT_TWICE: {
    en: (d) =>
      `${d.file} is given ${d.first === null ? 'twice' : `twice (${d.first} and ${d.file} are the same file)`}; give each export once, or its rows are counted twice`,
    ko: (d) =>
      `${d.file}이(가) 두 번 주어졌습니다${d.first === null ? '' : ` (${d.first}와(과) ${d.file}은(는) 같은 파일)`}. 자료는 한 번씩만 넣으세요. 아니면 행이 두 번 집계됩니다`,
  },
  USAGE_SAME_CONTENT: {
    en: (d) => `${d.first} and ${d.second} have identical content; give each export once, or its rows are counted twice`,
    ko: (d) => `${d.first}와(과) ${d.second}의 내용이 같습니다. 자료는 한 번씩만 넣으세요. 아니면 행이 두 번 집계됩니다`,
  },
  USAGE_UNKNOWN_KIND: {
    en: (d) => `${d.command}: unknown --kind "${d.value}": use one of ${d.kinds.join(', ')}`,
    ko: (d) => `${d.command}: 알 수 없는 --kind "${d.value}"입니다. ${d.kinds.join(', ')} 중 하나를 쓰세요`,
  },
  USAGE_PERIOD_AMOUNT: {
    en(d) {
      const accepted = `accepted: a positive number of ${d.option.slice(2)} that is a whole number of seconds, e.g. ${d.option} ${d.example}`;
      const why =
        d.problem === 'not-positive'
          ? 'must be positive'
          : d.problem === 'not-a-number'
            ? 'is not a number'
            : 'is not a whole number of seconds';
      return `${d.option} "${d.value}" ${why}; ${accepted}`;
    },
    ko(d) {
      const why =
        d.problem === 'not-positive'
          ? '0보다 커야 합니다'
          : d.problem === 'not-a-number'
            ? '숫자가 아닙니다'
            : '초 단위로 나누어떨어지지 않습니다';
      return `${d.option} "${d.value}": ${why} (허용: 초 단위로 나누어떨어지는 양수, 예: ${d.option} ${d.example})`;
    },
  },
  USAGE_PERIOD_COUNT: {
    en: (d) =>
      `${d.given === 0 ? 'no period given' : 'more than one period given'}; accepted: exactly one of --hours H, --minutes M or --days D`,
    ko: (d) => `${d.given === 0 ? '기간이 없습니다' : '기간이 둘 이상입니다'}. --hours H, --minutes M, --days D 중 하나만 쓰세요`,
  },
  USAGE_DAYS: {
    en: (d) =>
      `--days "${d.value}" is not a whole number of days ≥ 1; accepted: e.g. --days 3 (≤ 5: hours-based) or --days 14 (day-based)`,
    ko: (d) => `--days "${d.value}": 1 이상의 정수 일수가 아닙니다 (예: --days 3(5일 이하: 시간 단위) 또는 --days 14(일 단위))`,
  },
  USAGE_YEAR: {
    en: (d) => `YEAR "${d.value}" is not a year; accepted: a four-digit year such as 2025`,
    ko: (d) => `YEAR "${d.value}": 연도가 아닙니다. 2025처럼 네 자리 연도를 쓰세요`,
  },
  USAGE_SAMPLE: {
    en(d) {
      switch (d.problem) {
        case 'whole':
          return `sample: --${d.name} must be a whole number from ${d.min} to ${d.max}, got "${d.value}"`;
        case 'fraction':
          return `sample: --${d.name} must be a fraction from 0 to 1 (e.g. 0.05), got "${d.value}"`;
        case 'date':
          return `sample: --${d.name} must be a date YYYY-MM-DD, got "${d.value}"`;
        case 'year':
          return `sample: --${d.name} ${d.value} is outside the years with holiday data (${d.min}–${d.max})`;
        case 'encoding':
          return `sample: --encoding must be utf-8 or cp949, got "${d.value}"`;
        case 'kind-required':
          return `sample: --kind is required: one of ${d.kinds.join(', ')}`;
        case 'kind':
          return `sample: --kind must be one of ${d.kinds.join(', ')}, got "${d.value}"`;
        case 'rows-required':
          return 'sample: --rows is required (the number of data rows, e.g. --rows 1000)';
        case 'range':
          return `sample: --to must not be before --from (${d.to} < ${d.from})`;
      }
    },
    ko(d) {
      switch (d.problem) {
        case 'whole':
          return `sample: --${d.name} "${d.value}": ${d.min}부터 ${d.max}까지의 정수여야 합니다`;
        case 'fraction':
          return `sample: --${d.name} "${d.value}": 0부터 1까지의 비율이어야 합니다 (예: 0.05)`;
        case 'date':
          return `sample: --${d.name} "${d.value}": YYYY-MM-DD 형식의 날짜여야 합니다`;
        case 'year':
          return `sample: --${d.name} ${d.value}: 공휴일 자료가 있는 연도(${d.min}–${d.max}) 밖입니다`;
        case 'encoding':
          return `sample: --encoding "${d.value}": utf-8 또는 cp949여야 합니다`;
        case 'kind-required':
          return `sample: --kind가 필요합니다 (${d.kinds.join(', ')} 중 하나)`;
        case 'kind':
          return `sample: --kind "${d.value}": ${d.kinds.join(', ')} 중 하나여야 합니다`;
        case 'rows-required':
          return 'sample: --rows가 필요합니다 (데이터 행 수, 예: --rows 1000)';
        case 'range':
          return `sample: --to가 --from보다 앞입니다 (${d.to} < ${d.from})`;
      }
    },
  },
  USAGE_DUE_WITHIN: {
    en: (d) =>
      `--due-within "${d.value}" is not an amount of working time; accepted: a number and a unit, e.g. 8h, 30m, 1h30m, or 1d (one working day = ${formatDuration(d.day, 'en')})`,
    ko: (d) =>
      `--due-within "${d.value}": 근무시간의 길이가 아닙니다. 숫자와 단위로 쓰세요 (예: 8h, 30m, 1h30m, 8시간, 1d 또는 1일 = 근무일 하루 ${formatDuration(d.day, 'ko')})`,
  },
  USAGE_COMMANDER: COMMANDER,
};
