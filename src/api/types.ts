/** The public options and results of the library's audit (see src/index.ts). */
import type { HolidayOverrides } from '../calendar/overrides.js';
import type { DayNumber, Instant } from '../calendar/kst.js';
import type { Config } from '../config/normalize.js';
import type { OpenedInput } from '../model/input.js';
import type { Kind } from '../model/records.js';
import type { AuditResult, GroupBy, InputSummary, Violation } from '../model/result.js';
import type { Period } from './period.js';
import type { Setup } from './setup.js';

/**
 * One input of an audit: a path (`-` is standard input), an export already in memory
 * (`{ name, text }`, a string taken as UTF-8), or an input already opened.
 */
export type AuditSource = string | { name: string; text: string | Uint8Array } | OpenedInput;

/** What `audit` and `auditStream` are asked to do; every field is optional. */
export interface AuditOptions {
  /** A config file (relative to `cwd`) or a config already loaded; default `./charter-audit.config.json` when present, else the built-in defaults. */
  config?: string | Config;
  /** A holidays file (CSV or JSON) or overrides already parsed; wins over the config's `holidays`. */
  holidays?: string | HolidayOverrides;
  /** Resolves relative paths (default: `process.cwd()`). */
  cwd?: string;
  /** Judge open records at this time (epoch seconds, or text such as `2025-07-01 09:00`); default now. */
  asOf?: Instant | string;
  /** The clock (milliseconds) used when `asOf` is not given; default `Date.now`. */
  now?: () => number;
  /** First audited day (KST, inclusive): `YYYY-MM-DD` or a day number. */
  from?: string | DayNumber;
  /** Last audited day (KST, inclusive). */
  to?: string | DayNumber;
  /** One quarter, e.g. `2025Q2`, compared with the quarter before; not with `from`/`to`. */
  quarter?: string;
  /** Add a breakdown by month, quarter or department. */
  groupBy?: GroupBy | null;
  /** Treat every input as this kind instead of detecting it from the header. */
  kind?: Kind;
  /** Force the input encoding (`utf-8`, `cp949`, `euc-kr`). */
  encoding?: string;
  /** The 1-based line of the header in CSV inputs, instead of looking for it among the first 20 lines. */
  headerLine?: number;
  /** In `.xlsx` inputs, audit only this sheet: its name or 1-based position (default: every sheet whose header maps to a kind). */
  sheet?: string;
  /** The stream read for the source `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Told about a condition that does not stop the audit (see {@link Notice}), as soon as it is known. */
  onNotice?: (notice: Notice) => void;
  /** Called after each input has been read, with its summary. */
  onInputDone?: (summary: InputSummary) => void;
  /**
   * Alternatives to judge the same rows by (read once, judged many times): what-if files
   * (partial configs) or built-in readings `reading:NAME`. The result's `whatIf` lists the
   * verdicts each one flips.
   */
  whatIf?: readonly string[];
  /** Run every built-in reading the config does not already follow (`--sensitivity`). */
  sensitivity?: boolean;
  /**
   * Text files read at once, each in a worker thread (default 1: on the main thread, one after
   * another — measured faster on two cores). The result is identical either way.
   */
  jobs?: number;
  /** Smaller files are read on the main thread (default 4 MiB: a worker's start costs more). */
  parallelMinBytes?: number;
  /** `auditStream`: violations held for a consumer that has not pulled them before reading pauses (default 1,024). */
  highWater?: number;
  /**
   * List the open records that breach within this much working time after `asOf` (the result's
   * `watch`, soonest first): working seconds, or text such as `8h`, `1d` (one working day of the
   * calendar, 8 h by default), `30m`, `1h 30m`.
   */
  dueWithin?: number | string;
}

/** Something the caller should tell the user that does not stop the audit; data, worded at the edge. */
export interface Notice {
  /** The clock (no `asOf` given) is past the holiday data: open records are rejected, not judged. */
  code: 'AS_OF_PAST_HOLIDAY_DATA';
  asOf: Instant;
  /** The last year the holiday data covers. */
  lastYear: number | undefined;
}

/** How one run of a prepared audit treats its violations. */
export interface RunHooks {
  /** Keep violations in the result (default true; off for constant memory when streaming). */
  keepViolations?: boolean;
  /** Receives every violation in final order, as early as the order allows. */
  /** May return a promise while the receiver cannot take more: reading waits for it (back-pressure). */
  onViolation?: (violation: Violation) => unknown;
  /** Called after each input has been read (in addition to the options' `onInputDone`). */
  onInputDone?: (summary: InputSummary) => void;
  /** Told the size of each chunk of raw input bytes as it is read (a progress bar moves by it). */
  onBytesRead?: (bytes: number) => void;
  /** Also describe how the record with this id passed or why it is pending (`result.explained`). */
  explainRecord?: string;
}

/** An audit with everything resolved and its inputs open, ready to run once. */
export interface PreparedAudit {
  setup: Setup;
  asOf: Instant;
  period: Period;
  previousPeriod: { from: DayNumber; to: DayNumber } | null;
  inputs: readonly OpenedInput[];
  notices: readonly Notice[];
  run(hooks?: RunHooks): Promise<AuditResult>;
}
