/**
 * The first line of each record id seen in a file, for the duplicate-id warning, in compact
 * memory.
 *
 * - Numeric ids that go up by one on consecutive lines (what call-centre and ERP systems
 *   write: `2500000001`, `2500000002` …) are kept as runs `(first id, last id, first line)`:
 *   a million such rows take a few bytes, so an audit's memory does not grow with the rows.
 * - Any other id: its UTF-8 bytes go into one growing arena and an open-addressing table of
 *   entry numbers points into it. About 20–30 bytes per id plus its bytes, against ~60 for a `Map` of
 * strings, and nothing for the garbage collector to trace.
 *
 * Exact: two ids are the same only when their bytes are equal (the hash only picks the slot and skips most comparisons).
 */
import { INVISIBLE } from '../model/invisible.js';

/**
 * Invisible characters that make an id look like another one (`2025\u200b00000001` shows as
 * `202500000001`; soft hyphens, direction marks and bidi controls alike): an id holding one is
 * flagged `INVISIBLE_IN_ID`, by the CSV and the sheet reader alike. The set is model/invisible.ts's,
 * the one the human formats strip.
 *
 * @example INVISIBLE_IN_ID.test('2025\u200b00000001') // => true
 * @example INVISIBLE_IN_ID.test('20250\u00ad01') // => true
 */
export const INVISIBLE_IN_ID = INVISIBLE;

export class IdLines {
  private arena = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Entry i: its bytes are `arena[starts[i], starts[i + 1])`. */
  private starts = new Uint32Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  private count = 0;
  /** Open addressing, two words a slot: the id's hash, then its entry number + 1 (0: empty). */
  private slots = new Uint32Array(2 << 13);

  /** Runs of numeric ids, three numbers each: first id, last id, line of the first id. */
  private runs = new Float64Array(3 * 64);
  private runCount = 0;
  /** The largest numeric id seen, and its line. */
  private max = -1;
  private maxLine = 0;

  /** Ids held. */
  get size(): number {
    let n = this.count;
    for (let r = 0; r < this.runCount; r++) n += this.runs[3 * r + 1]! - this.runs[3 * r]! + 1;
    return n;
  }

  /**
   * Records `id` as seen on `line` unless it was seen before; returns the first line it was
   * seen on, or 0 when it is new.
   *
   * @example const ids = new IdLines(); ids.firstOrAdd('C-1', 2); ids.firstOrAdd('C-1', 9) // => 2
   */
  firstOrAdd(id: string, line: number): number {
    const x = canonicalNumber(id);
    if (x >= 0) {
      if (x > this.max) {
        this.addNumber(x, line);
        return 0;
      }
      const first = this.inRuns(x);
      if (first > 0) return first;
    }
    return this.firstOrAddText(id, line);
  }

  /** A numeric id above every one seen: extends the last run or starts one. */
  private addNumber(x: number, line: number): void {
    const r = this.runCount - 1;
    if (r >= 0 && x === this.max + 1 && line === this.maxLine + 1 && this.runs[3 * r + 1] === this.max) {
      this.runs[3 * r + 1] = x;
    } else {
      if (3 * (this.runCount + 1) > this.runs.length) {
        const next = new Float64Array(this.runs.length * 2);
        next.set(this.runs);
        this.runs = next;
      }
      const at = 3 * this.runCount++;
      this.runs[at] = x;
      this.runs[at + 1] = x;
      this.runs[at + 2] = line;
    }
    this.max = x;
    this.maxLine = line;
  }

  /** The line of `x` when a run holds it (runs are in ascending order), else 0. */
  private inRuns(x: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = this.runCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (x < runs[3 * mid]!) hi = mid - 1;
      else if (x > runs[3 * mid + 1]!) lo = mid + 1;
      else return runs[3 * mid + 2]! + (x - runs[3 * mid]!);
    }
    return 0;
  }

  private firstOrAddText(id: string, line: number): number {
    // Write the bytes at the arena's end (kept only if the id is new) and hash them (FNV-1a).
    if (this.used + id.length * 3 > this.arena.length) this.growArena(id.length * 3);
    const arena = this.arena;
    const from = this.used;
    let end = from;
    let hash = 0x811c9dc5;
    let ascii = true;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      arena[end++] = c;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    if (!ascii) {
      end = from + arena.write(id, from, 'utf8');
      hash = 0x811c9dc5;
      for (let i = from; i < end; i++) hash = Math.imul(hash ^ arena[i]!, 0x01000193);
    }
    hash = mix(hash);
    const length = end - from;
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = slots[2 * s + 1]!;
      if (e === 0) {
        slots[2 * s] = hash;
        this.add(s, from, end, line);
        return 0;
      }
      if (slots[2 * s] !== hash) continue;
      const at = this.starts[e - 1]!;
      if (this.starts[e]! - at === length && this.same(at, from, length)) return this.lines[e - 1]!;
    }
  }

  private same(a: number, b: number, length: number): boolean {
    const arena = this.arena;
    for (let i = 0; i < length; i++) if (arena[a + i] !== arena[b + i]) return false;
    return true;
  }

  private add(slot: number, from: number, end: number, line: number): void {
    const i = this.count++;
    if (i + 2 > this.starts.length) {
      this.starts = grow(this.starts);
      this.lines = grow(this.lines);
    }
    this.starts[i] = from;
    this.starts[i + 1] = end;
    this.lines[i] = line;
    this.used = end;
    this.slots[2 * slot + 1] = i + 1;
    if (this.count * 8 > this.slots.length * 3) this.rehash();
  }

  private growArena(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + need));
    this.arena.copy(next, 0, 0, this.used);
    this.arena = next;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = (slots.length >>> 1) - 1;
    for (let o = 0; o < old.length; o += 2) {
      const e = old[o + 1]!;
      if (e === 0) continue;
      const hash = old[o]!;
      let s = hash & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = hash;
      slots[2 * s + 1] = e;
    }
    this.slots = slots;
  }
}

/**
 * The value of an id written as a plain decimal number (1–15 digits, no leading zero), or -1:
 * only such ids are kept as runs, so `007` and `7` stay different ids.
 *
 * @example canonicalNumber('2500000001') // => 2500000001
 * @example canonicalNumber('007') // => -1
 */
export function canonicalNumber(id: string): number {
  const n = id.length;
  if (n === 0 || n > 15 || (n > 1 && id.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Spreads FNV's bits so the low ones (the slot) depend on every byte (murmur3's finaliser). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grow(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
