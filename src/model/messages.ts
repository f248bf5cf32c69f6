/**
 * Messages as data: every rejection, warning and coded error carries a `code` and the `data` its
 * words need, never the words themselves. The words live in one catalog (`src/messages/`), one
 * English and one Korean template per code, and are rendered once, at the edge (a formatter or
 * the CLI), in the chosen language. This file is the contract between the two: what data each
 * code carries.
 */
import type { ActivityType, Kind } from './records.js';
import type { DayNumber } from './time.js';
import type { FindingData, FindingMessages, Localized } from './rule.js';

/** Why a cell is not a timestamp (the reader decides; the catalog words it). */
export type TimestampProblem = 'format' | 'date' | 'time' | 'no-time' | 'offset' | 'empty' | 'weekday';

/** How often a periodic duty falls due. */
export type DutySpan = 'year' | 'half' | 'quarter' | 'week';

/** The activity of a periodic duty (an activity type other than `other`). */
export type DutyActivity = Exclude<ActivityType, 'other'>;

/**
 * One period of a duty as data: its key (`2025-H1`), its span, its (ISO week-)year, its number
 * in the year (half, quarter or week; 1 for a year) and its first day; the catalog names it.
 */
export interface DutyPeriodName {
  key: string;
  span: DutySpan;
  year: number;
  number: number;
  from: DayNumber;
}

/** A period of a duty (and the region, for a regional duty) a DUTY_* warning lists. */
export interface DutyPeriodRef {
  key: string;
  region: string | null;
}

/**
 * Why a workbook could not be read, classified from exceljs's (or zlib's, or the XML parser's)
 * failure: the file is cut short, its compressed data or an XML part is damaged, a part the
 * reader needs never arrived (`workbook-part`, `worksheets` read of expected, a `sheet` not
 * reached), or another failure (`other`: the library's words are in `detail`).
 */
export type WorkbookFailure =
  | { cause: 'cut-short' | 'damaged-zip' | 'damaged-xml' | 'other' }
  | { cause: 'workbook-part' }
  | { cause: 'worksheets'; read: number; expected: number }
  | { cause: 'sheet'; sheet: string };

/**
 * A sheet's own error nested in a workbook's NO_SHEET: its header's or its sheet's code and data,
 * worded in the same language; `{ text }` for an error without a code (its English as given).
 */
export type SheetCause = Message<'INPUT_HEADER'> | Message<'INPUT_WORKBOOK'> | { text: string };

/** A cell of a row as a message quotes it: the header as written and the text as written. */
interface Cell {
  /** The column's header as the file writes it (`지급일시`, or `지급일자+지급시각` for two cells). */
  header: string;
  /** The cell's text as written. */
  value: string;
}

/** The column a kind cannot do without, and the headers it is known by (`halves`: the two cells it may be split into). */
export interface RequiredColumn {
  kind: Kind;
  column: string;
  aliases: readonly string[];
  halves: readonly [string, string] | null;
}

/** A JSON value as a config message quotes it (`text`: JSON for a string, else the value as text). */
export interface ConfigValue {
  type: 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'other';
  text: string;
  /** Quoted the short way (`"webb"`, `number 4`): the `values` map's messages. */
  brief?: boolean;
}

/** What a config value should have been. */
export type ConfigExpected =
  | {
      what: 'object';
      of:
        'top' | 'standard-days' | 'column-map' | 'columns' | 'rules' | 'rule-entry' | 'values' | 'values-kind' | 'values-column';
    }
  | { what: 'number'; integer: boolean; above?: number; min?: number; max?: number }
  | { what: 'one-of'; values: readonly string[] }
  | { what: 'granularity' | 'names' | 'name' | 'working-hours' | 'holidays-path' | 'severity' | 'boolean' }
  | { what: 'column'; kind: string | null; suggestion: string | null }
  | { what: 'value-word'; column: string; accepted: string; suggestion: string | null };

/** What is wrong with a config file (`path`: the JSON path, empty at the top level; `suggestion`: a did-you-mean). */
export type ConfigProblem =
  | { problem: 'found'; path: string; found: ConfigValue; expected: ConfigExpected }
  | { problem: 'unknown-key'; path: string; key: string; suggestion: string | null; accepted: readonly string[] }
  | { problem: 'not-contract-type'; path: string }
  | { problem: 'bad-category'; path: string; category: string; accepted: readonly string[]; suggestion: string | null }
  | { problem: 'again'; path: string; name: string; what: 'contract-type' | 'list-name' }
  | { problem: 'empty'; path: string; what: 'header' | 'word' }
  | { problem: 'not-a-kind'; path: string; in: 'columns' | 'values'; suggestion: string | null; accepted: readonly string[] }
  | { problem: 'not-a-rule'; path: string; suggestion: string | null }
  | { problem: 'rule-again'; path: string; id: string; first: string }
  | { problem: 'not-an-option'; path: string; rule: string; suggestion: string | null; accepted: readonly string[] }
  | { problem: 'table-in-rules'; path: string }
  | { problem: 'not-a-value-column'; path: string; kind: string; suggestion: string | null; accepted: readonly string[] }
  | { problem: 'json'; at: { line: number; column: number } | null; detail: string }
  | { problem: 'file'; why: 'missing' | 'folder' | 'unreadable'; detail: string };

/** What is wrong with a field of a report `diff` reads. */
export type DiffFieldProblem =
  'json' | 'object' | 'array' | 'string' | 'number' | 'boolean' | 'maybe-number' | 'maybe-string' | 'schema';

/** An input of one report `diff` reads, as a reason names it. */
export interface DiffInput {
  file: string;
  kind: string;
  rows: number;
  sha256: string | null;
}

/** Why two reports cannot be compared: an input whose bytes differ, or one only one report read (`in`: that report). */
export type DiffReason =
  | {
      shape: 'differs';
      file: string;
      before: { name: string; sha256: string | null; rows: number };
      after: { name: string; sha256: string | null; rows: number };
    }
  | { shape: 'only'; input: DiffInput; in: string };

/** The data of each code. Adding a code here makes the catalog incomplete until it words it. */
export interface MessageData {
  // ── Rejected rows ────────────────────────────────────────────────────────────────────────
  /** A required cell is blank: the start column, or a 보완 request beside its receipt. */
  MISSING_REQUIRED:
    { of: 'start'; header: string; kind: Kind; column: string } | (Cell & { of: 'supplement-request'; requested: string | null });
  INVALID_TIMESTAMP: Cell & { problem: TimestampProblem };
  END_BEFORE_START: Cell & { startHeader: string; startValue: string };
  UNKNOWN_VALUE: (Cell & { expected: 'word'; vocabulary: string; accepted: string }) | (Cell & { expected: 'yes-no' });
  INVALID_NUMBER: Cell & { expected: 'amount' | 'count' | 'seconds' };
  FIELD_COUNT: { fields: number; width: number; delimiter: string };
  BAD_ENCODING: Cell & { encoding: string; readAsUtf8: boolean };
  NUL_BYTE: { header: string };
  /**
   * `open`: a quote never closed (lines `line`–`last` unread). `stray`: a quote not closed at the
   * end of its line swallowed the lines after it (`fields`: the record's fields when that gave it
   * away, else null: a line inside is a row of its own). `swallowed`: a line taken by the quote
   * opened on line `line`.
   */
  UNTERMINATED_QUOTE:
    | { shape: 'open'; line: number; last: number }
    | { shape: 'stray'; line: number; last: number; fields: number | null; width: number }
    | { shape: 'swallowed'; line: number; last: number };
  /** Any other parse failure: the parser's own words kept in `detail`. */
  CSV_ERROR: { last: number; detail: string };
  /**
   * No holiday data for `year`: for a timestamp of the record (`column`/`header` and the instant
   * `at`), or for the working-time span a rule computed (`span`; `what`: the calendar's word).
   */
  CALENDAR_YEAR_NOT_LOADED:
    | { span: false; column: string; header: string; at: string; year: number; loaded: readonly number[] }
    | { span: true; what: string | null; year: number; loaded: readonly number[] };

  // ── Warnings ─────────────────────────────────────────────────────────────────────────────
  MULTILINE_RECORDS: { records: number; rows: number; lines: number; first: number; firstEnd: number };
  DUPLICATE_COLUMN: { position: number; header: string; kind: Kind; column: string };
  DUPLICATE_ID: { header: string; id: string; firstLine: number };
  INVISIBLE_IN_ID: { header: string; id: string };
  /** A grouping value (department) held invisible characters: `value` as written, `kept` without them. */
  INVISIBLE_IN_TEXT: { header: string; value: string; kept: string };
  SUMMARY_ROW: Record<string, never>;
  WAIT_CONTRADICTS_TIMES: { wait: string; arrived: string; answered: string; written: number; between: number };
  /** An optional cell that cannot be read (`rules`: the rules that skip the row; null: not known). */
  UNREADABLE_VALUE: {
    problem: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER'>;
    column: string;
    rules: readonly string[] | null;
  };
  RULE_SKIPPED: { rule: string; kind: Kind; missing: readonly string[] };
  /** An id in two files of a kind: one listed (`id`, `first`), or `count` more of a pair of files. */
  SHARED_ID:
    | { listed: true; id: string; kind: Kind; firstFile: string; firstLine: number }
    | { listed: false; count: number; shown: number; file: string; other: string };
  SHEET_SKIPPED: { sheet: string; rows: number };
  /**
   * A periodic duty's periods not judged: only partly inside the audited period, and no activity
   * seen in the part audited (`activity`: the duty's activity type; `span`: how often it falls due).
   */
  DUTY_PERIOD_NOT_JUDGED: { activity: DutyActivity; span: DutySpan; periods: readonly DutyPeriodRef[] };
  /**
   * A periodic duty's periods pending at `asOf`: the period has not ended (`until` 'period'), or
   * the activity was held and its results are not yet due (`until` 'publish'); `day` is the last day.
   */
  DUTY_PERIOD_PENDING: {
    activity: DutyActivity;
    periods: readonly (DutyPeriodRef & { until: 'period' | 'publish'; day: string })[];
  };
  /** Activity rows of a per-region duty that name no region. */
  DUTY_WITHOUT_REGION: { activity: DutyActivity; rows: number };
  /** The standard-days table matched none of the export's contract types. */
  STANDARD_DAYS_UNMATCHED: { types: readonly (readonly [type: string, count: number])[]; keys: readonly string[] };

  // ── What a what-if changes (a variant's label) ─────────────────────────────────────────────
  /**
   * A what-if file without a label: what it changes (`changes`: `key=value`, `holidays=FILE`,
   * `+DAY name`, `−DAY`); or the reading that counts a temporary holiday only from its
   * announcement (`declared`: each holiday's day and the day it was declared).
   */
  WHATIF_LABEL:
    | { what: 'changes'; changes: readonly string[] }
    | { what: 'holiday-announced'; declared: readonly { day: string; announced: string }[] };

  // ── Why a rule was not evaluated (a report's `notEvaluatedReason`) ──────────────────────
  /** The config turns the rule off. */
  NOT_EVALUATED_OFF: Record<string, never>;
  /** No row of `kind` in the audited period. */
  NOT_EVALUATED_NO_ROWS: { kind: Kind };
  /** `rows` rows of `kind`, none in the rule's scope (`scope` aggregate: none its measure counts). */
  NOT_EVALUATED_OUT_OF_SCOPE: { kind: Kind; rows: number; scope: 'record' | 'aggregate' };
  /** The rule also reads `kind` (a companion export), which was not given. */
  NOT_EVALUATED_NEEDS_KIND: { kind: Kind };
  /** No export of `kind` has these columns (canonical names) the rule needs. */
  NOT_EVALUATED_MISSING_COLUMNS: { kind: Kind; columns: readonly string[] };
  /**
   * The rule's precondition (e.g. standard-days without its table): a message of its own
   * `meta.messages` (`messages`, a reference: the words are the rule's) and its data.
   */
  NOT_EVALUATED_PRECONDITION: { messageId: string; data: FindingData; messages: FindingMessages };

  // ── Input errors (exit 2) ────────────────────────────────────────────────────────────────
  /** `init`: the config file is there already. */
  INPUT_CONFIG_EXISTS: { file: string };
  /** An export that cannot be opened: not there, a folder, not allowed, or another system error (`detail`). */
  INPUT_FILE: { file: string; problem: 'missing' | 'directory' | 'permission' | 'other'; detail: string };

  /**
   * The header tells no kind (`needs`: what each kind needs), fits two (`kinds`), or lacks the
   * column a forced `--kind` needs. `shown`: the header as read, cut short; `encoding`: the one
   * forced with `--encoding`, named because it may be why.
   */
  INPUT_HEADER: (
    | { problem: 'unknown-kind'; file: string; shown: string; encoding: string | null; needs: readonly RequiredColumn[] }
    | {
        problem: 'ambiguous-kind';
        file: string;
        shown: string;
        encoding: string | null;
        kinds: readonly [Kind, Kind];
        needs: readonly RequiredColumn[];
      }
    | { problem: 'missing-column'; file: string; shown: string; encoding: string | null; need: RequiredColumn }
    | { problem: 'misread'; file: string; shown: string; encoding: string }
  ) & {
    /** Set when the header was searched for: how many lines (or workbook rows) were tried. */
    searched?: { count: number; unit: 'lines' | 'rows' };
  };
  /** `--encoding` that is not one the reader knows. */
  INPUT_UNKNOWN_ENCODING: {
    name: string;
    /** The names `--encoding` takes: each with its other spellings (`also`) or the name it stands for (`same`). */
    accepted: readonly { name: string; also: readonly string[]; same: string | null }[];
  };
  /** An export the reader cannot start on (its stable code is `EMPTY_FILE`, `NOT_CSV`, `CONFIG_COLUMN` …). */
  INPUT_READ: { file: string } & (
    | { problem: 'empty' | 'blank' | 'no-header' | 'zip' | 'read-twice' }
    | { problem: 'not-csv'; bytes: number }
    | { problem: 'nul-header' | 'header-csv'; line: number }
    | { problem: 'header-encoding'; line: number; encoding: string }
    | { problem: 'header-line'; headerLine: number; search: number; lines: readonly number[] }
    | { problem: 'read-error'; detail: string }
    | { problem: 'config-column'; scope: string; from: string; to: string; kind: Kind; columns: readonly string[] }
  );
  /** Output that cannot be written (`errno`: the system's code, when it gave one; `detail`: its words otherwise). */
  INPUT_WRITE_FAILED: { target: string; errno: string | null; detail: string };
  /** A what-if file that is not JSON, not an object, has a bad label, or changes what a what-if cannot (`WHATIF_INVALID`). */
  INPUT_WHAT_IF:
    | { file: string; problem: 'json'; detail: string }
    | { file: string; problem: 'not-object' | 'label' }
    | { file: string; problem: 'unreadable'; missing: boolean; detail: string }
    | { file: string; problem: 'fixed'; key: 'columns' | 'granularity' };
  /**
   * `diff`: a report file that cannot be read (`DIFF_NOT_A_REPORT`), is not a JSON audit report
   * (`path`: the field at fault, empty for the whole file; `detail`: the parser's words or the
   * schemaVersion found, null when missing), or two reports not of the same inputs (`DIFF_NOT_COMPARABLE`).
   */
  INPUT_DIFF:
    | { problem: 'unreadable'; file: string; missing: boolean; detail: string }
    | { problem: 'field'; file: string; path: string; what: DiffFieldProblem; detail: string | null }
    | { problem: 'incomparable'; reasons: readonly DiffReason[] };
  /**
   * A workbook that cannot be audited as it is (stable codes `LEGACY_XLS`, `HTML_XLS`, `ENCRYPTED_XLSX`,
   * `BAD_WORKBOOK`, `UNKNOWN_SHEET`, `NO_SHEET`, `EMPTY_SHEET`, `HEADER_LINE`). `cause`: the
   * first sheet's own error, as its code and data, when one was found.
   */
  INPUT_WORKBOOK:
    | { file: string; problem: 'legacy-xls' | 'html-xls' | 'empty-sheet' | 'encrypted' }
    | { file: string; problem: 'bad-workbook'; detail: string; why: WorkbookFailure }
    | { file: string; problem: 'unknown-sheet'; sheet: string; position: boolean; names: readonly string[] }
    | { file: string; problem: 'no-sheet'; rows: number; names: readonly string[]; cause: SheetCause | null }
    | { file: string; problem: 'header-line'; headerLine: number; search: number; rows: readonly number[] };
  /**
   * A holidays file (`--holidays`) that cannot be read or holds a line it does not accept
   * (codes `HOLIDAY_FILE_*` kept). `line`: null when the file as a whole is at fault;
   * `format`: which shape the file was read as (what is accepted is said from it).
   */
  INPUT_HOLIDAYS: { file: string; line: number | null } & (
    | { problem: 'read'; missing: boolean; detail: string }
    | { problem: 'quote' | 'date-empty' | 'not-array-or-object' | 'arrays'; format: 'csv' | 'json' }
    | { problem: 'fields'; fields: number }
    | { problem: 'not-a-date'; text: string }
    | { problem: 'no-name'; date: string; format: 'csv' | 'json' }
    | { problem: 'action'; action: string }
    | { problem: 'json'; detail: string }
    | { problem: 'not-object' | 'date-type' | 'remove-type' | 'remove-date'; path: string }
    | { problem: 'unknown-field'; path: string | null; field: string }
    | { problem: 'conflict'; date: string; addedLine: number | null }
    | { problem: 'not-holiday'; date: string }
  );
  /**
   * Working hours the calendar cannot use (stable code `INVALID_HOURS`): `hours` as given, the
   * range at fault (`item`) and, when it overlaps or precedes one, that range (`previous`).
   */
  INPUT_HOURS: { hours: readonly string[] } & (
    | { problem: 'empty' }
    | { problem: 'format' | 'reversed'; item: string }
    | { problem: 'overlap'; item: string; previous: string }
  );
  /** A flag's instant (`option` `value`, e.g. `--as-of 2031-01-01T00:00:00+09:00`) in a year without holiday data (code `CALENDAR_YEAR_NOT_LOADED`). */
  INPUT_FLAG_YEAR_NOT_LOADED: { option: string; value: string; year: number; loaded: readonly number[] };
  /** A config file that cannot be read, is not JSON, or holds a value it does not accept (error code `INVALID_CONFIG`). */
  INPUT_CONFIG: ConfigProblem & { file: string };

  // ── The CLI's own lines ──────────────────────────────────────────────────────────────────
  /** `init` wrote its starter config to `file`. */
  CLI_INIT_WROTE: { file: string };
  /** An option that applies to no input of the run (`--sheet` when no input is a workbook): it was ignored. */
  CLI_OPTION_UNUSED: { option: string; value: string; applies: 'workbooks' };
  /** An error no code covers: a bug, reported with its detail (`debug`: the stack follows). */
  CLI_INTERNAL_ERROR: { detail: string; debug: boolean };

  // ── Usage errors (exit 2) ────────────────────────────────────────────────────────────────
  /** `option "value" is not one of: a, b` (a flag checked by the command). */
  USAGE_NOT_ONE_OF: { option: string; value: string; allowed: readonly string[] };
  /** A flag that takes a whole number (`min` or more); `what`: a count, a line number or a number of workers. */
  USAGE_NOT_WHOLE: { option: string; value: string; min: number; what: 'count' | 'line' | 'workers' };
  /** `--quarter` not YYYYQn (`year` null), or of a year that does not exist. */
  USAGE_QUARTER: { value: string; year: string | null };
  USAGE_DATE: { option: string; value: string };
  USAGE_QUARTER_WITH_RANGE: Record<string, never>;
  USAGE_RANGE_REVERSED: { from: string; to: string };
  /** `--as-of` (or another instant flag) that is neither a timestamp nor a date. */
  USAGE_AS_OF: { option: string; value: string; problem: TimestampProblem | null };
  USAGE_STDIN_TWICE: Record<string, never>;
  /** `--output` that cannot be a report file (`path`: the example file, or the folder at fault). */
  USAGE_OUTPUT: { output: string; problem: 'no-name' | 'directory' | 'no-folder' | 'not-a-folder'; path: string };
  USAGE_FORMAT_FROM_NAME: { name: string; extensions: readonly string[] };
  USAGE_BINARY_TO_TERMINAL: { format: string; extension: string };
  USAGE_WHAT_IF_FORMAT: { format: string; formats: readonly string[] };
  /** `--explain` with a report format it cannot be written in (words: table; data: json, ndjson). */
  USAGE_EXPLAIN_FORMAT: { format: string; formats: readonly string[] };
  /** `--what-if reading:NAME` that names no reading (`readings`: the ones there are). */
  USAGE_WHAT_IF_READING: { name: string; readings: readonly string[] };
  USAGE_NOTHING_TO_EXPLAIN: { id: string };
  USAGE_OVERWRITE_INPUT: { output: string; role: 'input' | 'config' | 'holidays' | 'config-holidays' | 'what-if' | 'report' };
  /** The same file twice (`first`: the other spelling of it, or null when written the same). */
  USAGE_INPUT_TWICE: { file: string; first: string | null };
  USAGE_SAME_CONTENT: { first: string; second: string };
  /** `inspect --kind` that is not a kind. */
  USAGE_UNKNOWN_KIND: { command: string; value: string; kinds: readonly string[] };
  /** `--hours`/`--minutes` that is not a positive whole number of seconds (`example`: a good value). */
  USAGE_PERIOD_AMOUNT: {
    option: string;
    value: string;
    problem: 'not-positive' | 'not-a-number' | 'not-whole-seconds';
    example: string;
  };
  /** Not exactly one of `--hours`, `--minutes`, `--days` (`given`: how many were). */
  USAGE_PERIOD_COUNT: { given: number };
  USAGE_DAYS: { value: string };
  USAGE_YEAR: { value: string };
  /** A bad `sample` argument (what was given, what is accepted). */
  USAGE_SAMPLE:
    | { problem: 'whole'; name: string; value: string; min: number; max: number }
    | { problem: 'fraction' | 'date' | 'encoding'; name: string; value: string }
    | { problem: 'year'; name: string; value: string; min: number; max: number }
    | { problem: 'kind-required'; kinds: readonly string[] }
    | { problem: 'kind'; value: string; kinds: readonly string[] }
    | { problem: 'rows-required' }
    | { problem: 'range'; from: string; to: string };
  /** `--due-within` that is not an amount of working time (`day`: the calendar's working day, in seconds). */
  USAGE_DUE_WITHIN: { value: string; day: number };
  /**
   * Commander's own usage errors, from its error code and what it knew when it raised it (the
   * option's flags, the value, the choices, its did-you-mean candidates): worded by the catalog.
   */
  USAGE_COMMANDER:
    | { kind: 'unknown-option'; option: string; suggestions: readonly string[] }
    | { kind: 'unknown-command'; command: string; suggestions: readonly string[] }
    | { kind: 'missing-argument'; argument: string }
    | { kind: 'option-missing-argument'; option: string }
    | { kind: 'missing-mandatory-option'; option: string }
    | { kind: 'conflicting-option'; option: string; other: string }
    | { kind: 'invalid-choice'; option: string; value: string; choices: readonly string[] }
    | { kind: 'invalid-argument'; argument: string; value: string; choices: readonly string[] }
    | { kind: 'excess-arguments'; command: string | null; expected: number; received: number }
    | { kind: 'empty-value'; option: string }
    /** An argument given as `''` (a file name or a value the command needs). */
    | { kind: 'empty-argument'; argument: string; file: boolean }
    /** A commander error this program does not expect (its code and English, without `error: `). */
    | { kind: 'other'; code: string; text: string };
}

export type MessageCode = keyof MessageData;

/** One message: a code and its data (a union over the codes given, discriminated by `code`). */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { code: K; data: MessageData[K] } }[C];

/** The codes of a rejected row. */
export type RejectionCode =
  | 'MISSING_REQUIRED'
  | 'INVALID_TIMESTAMP'
  | 'END_BEFORE_START'
  | 'UNKNOWN_VALUE'
  | 'INVALID_NUMBER'
  | 'FIELD_COUNT'
  | 'BAD_ENCODING'
  | 'NUL_BYTE'
  | 'UNTERMINATED_QUOTE'
  | 'CSV_ERROR'
  | 'CALENDAR_YEAR_NOT_LOADED';

/** The codes of a warning. */
export type WarningCode =
  | 'MULTILINE_RECORDS'
  | 'DUPLICATE_COLUMN'
  | 'DUPLICATE_ID'
  | 'INVISIBLE_IN_ID'
  | 'INVISIBLE_IN_TEXT'
  | 'SUMMARY_ROW'
  | 'WAIT_CONTRADICTS_TIMES'
  | 'UNREADABLE_VALUE'
  | 'RULE_SKIPPED'
  | 'SHARED_ID'
  | 'SHEET_SKIPPED'
  | 'STANDARD_DAYS_UNMATCHED'
  | 'DUTY_PERIOD_NOT_JUDGED'
  | 'DUTY_PERIOD_PENDING'
  | 'DUTY_WITHOUT_REGION';

/** A label in words: fixed bilingual text (a reading's title, a what-if file's own label), or a code and its data. */
export type Label = Localized | Message<'WHATIF_LABEL'>;

/** The codes of a rule's not-evaluated reason. */
export type NotEvaluatedCode = Extract<MessageCode, `NOT_EVALUATED_${string}`>;

/** The codes of an input error worded by the catalog. */
export type InputCode = Extract<MessageCode, `INPUT_${string}`>;

/** The codes of a usage error. */
export type UsageCode = Extract<MessageCode, `USAGE_${string}`>;

/**
 * A message of `code` with `data`, typed by the code.
 *
 * @example message('NUL_BYTE', { header: '처리부서' }) // => { code: 'NUL_BYTE', data: { header: '처리부서' } }
 */
export function message<C extends MessageCode>(code: C, data: MessageData[C]): Message<C> {
  return { code, data } as Message<C>;
}
