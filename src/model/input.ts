import type { AnyColumn, AnyRecord, Kind } from './records.js';
import type { Rejection, Warning } from './result.js';
import type { InputCode, Message } from './messages.js';

/** Options for reading one export. */
export interface ReadOptions {
  /** Force the kind instead of detecting it from the header. */
  kind?: Kind;
  /** Force the encoding (`utf-8`, `cp949`, `euc-kr`) instead of detecting it. */
  encoding?: string;
  /** Extra header renames from the config: normalised header text → canonical column, per kind or for all. */
  columns?: Readonly<Partial<Record<Kind | '*', Readonly<Record<string, string>>>>>;
  /** For a workbook: audit only this sheet, by name or 1-based position (`--sheet`). */
  sheet?: string;
  /** The 1-based line of the header (`--header-line`), instead of looking for it. */
  headerLine?: number;
  /** An office's own value words from the config: kind → column → word → canonical value. */
  values?: Readonly<Partial<Record<Kind, Readonly<Record<string, Readonly<Record<string, string>>>>>>>;
}

/** How one header cell was understood. */
export interface ColumnMapping {
  /** 0-based position. */
  index: number;
  /** The header text as written (BOM removed). */
  header: string;
  /** The canonical column, or null when ignored. */
  column: AnyColumn | null;
  /** How it matched: canonical name, Korean alias, config map, or not at all. */
  via: 'canonical' | 'alias' | 'config' | 'ignored';
  /** Set when the cell is one half of an instant written in two columns (`접수일자` + `접수시간`). */
  part?: 'date' | 'time';
}

/** Receives the rows of one input in file order, synchronously. */
export interface RowSink {
  record(record: AnyRecord): void;
  reject(rejection: Rejection): void;
  warn(warning: Warning): void;
  /** A total or subtotal row (합계, 소계 …): neither a record nor a rejection. */
  summary?(line: number): void;
  /** The ids of the rules that skip a record whose `column` cannot be read (named in the warning). */
  needs?(column: AnyColumn): readonly string[];
  /**
   * Back-pressure: a promise while whoever receives the findings cannot take more (a slow
   * pipe). The pump awaits it between chunks, so reading waits for writing.
   */
  ready?(): Promise<void> | undefined;
  /**
   * Optional cells of the row at `line` could not be read (its record follows). Without this
   * hook the reader words the warnings itself, asking `needs`; a sink in a worker thread, which
   * cannot ask the engine, passes the problems on instead.
   */
  unreadable?(
    problems: readonly {
      column: AnyColumn;
      said: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER' | 'WAIT_CONTRADICTS_TIMES' | 'INVISIBLE_IN_TEXT'>;
    }[],
    line: number,
  ): void;
  /** Told the size of each chunk of raw bytes as it is read (a progress bar moves by it). */
  read?(bytes: number): void;
}

/** An export whose header has been read; `pump` streams its rows into a sink. */
export interface OpenedInput {
  /** As the user named it (`-` shows as `<stdin>`). */
  file: string;
  kind: Kind;
  /** `utf-8`, `utf-8-bom`, `cp949` … */
  encoding: string;
  /** `,`, `\t` or `;` */
  delimiter: string;
  mapping: readonly ColumnMapping[];
  /** Canonical columns present in the header. */
  columns: ReadonlySet<AnyColumn>;
  /** Line of the header (1 unless title or blank lines precede it). */
  headerLine: number;
  /** Title lines skipped above the header (their text). */
  skipped?: readonly string[];
  /** SHA-256 of the bytes read (hex), set once `pump` has read them all; absent for inputs made in memory. */
  sha256?: string;
  /** Reads every data row: each becomes exactly one `record` or one `reject` call. Resolves with the row count. */
  pump(sink: RowSink): Promise<number>;
  /**
   * Releases what the input holds while it is not pumped to its end (a worker thread parsing
   * ahead, its open file): called when a run stops early. Idempotent.
   */
  close?(): Promise<void>;
}

/**
 * An error about an input or an argument that stops the run (exit 2). `code` is stable
 * (csv-parse style), `message` is one line that says what is wrong and what to do (English);
 * `said`, when given, is the same as a catalog code and data, which the CLI words in `--lang`.
 */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly said?: Message<InputCode>,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
