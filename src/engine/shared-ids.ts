/**
 * Record ids shared between two files of one kind (two overlapping exports, or a file and its
 * edited copy): the engine says so, with the file and line of both, instead of counting the
 * records twice in silence. Only kinds given in more than one file are tracked, so a single
 * export costs nothing.
 */
import type { OpenedInput } from '../model/input.js';
import type { AnyRecord, Kind } from '../model/records.js';
import { type Warning, warning } from '../model/result.js';

/** Shared ids warned one by one; past this, one warning counts the rest. */
export const SHARED_IDS_LISTED = 20;

/** Watches the ids of the kinds that come in several files. */
export class SharedIds {
  private readonly seen = new Map<Kind, Map<string, { file: string; line: number }>>();
  private readonly extra = new Map<string, { count: number; files: Set<string> }>();
  private listed = 0;

  constructor(inputs: readonly OpenedInput[]) {
    const count = new Map<Kind, number>();
    for (const i of inputs) count.set(i.kind, (count.get(i.kind) ?? 0) + 1);
    for (const [kind, n] of count) if (n > 1) this.seen.set(kind, new Map());
  }

  /** True when no kind is tracked (every kind in one file). */
  get idle(): boolean {
    return this.seen.size === 0;
  }

  /**
   * Notes a record; a warning when another file of its kind had the same id. Ids the reader made
   * up (`file:line`, no id column) never clash.
   */
  note(r: AnyRecord, warn: (w: Warning) => void): void {
    const ids = this.seen.get(r.kind);
    if (ids === undefined || r.id === `${r.file}:${r.line}`) return;
    const first = ids.get(r.id);
    if (first === undefined) {
      ids.set(r.id, { file: r.file, line: r.line });
      return;
    }
    if (first.file === r.file) return; // within one file the reader already warned
    if (this.listed < SHARED_IDS_LISTED) {
      this.listed++;
      warn(
        warning(r.file, r.line, {
          code: 'SHARED_ID',
          data: { listed: true, id: r.id, kind: r.kind, firstFile: first.file, firstLine: first.line },
        }),
      );
      return;
    }
    const key = `${first.file}\u0000${r.file}`;
    const e = this.extra.get(key) ?? { count: 0, files: new Set([first.file, r.file]) };
    e.count++;
    this.extra.set(key, e);
  }

  /** One warning per pair of files for the shared ids not listed one by one. */
  finish(warn: (w: Warning) => void): void {
    for (const { count, files } of this.extra.values()) {
      const [a, b] = [...files];
      warn(
        warning(b!, null, {
          code: 'SHARED_ID',
          data: { listed: false, count, shown: SHARED_IDS_LISTED, file: b!, other: a! },
        }),
      );
    }
  }
}
