/**
 * The first line of each record id seen in a file, for the duplicate-id warning, in compact
 * memory: the ids' UTF-8 bytes go into one growing arena and an open-addressing table of entry
 * numbers points into it. About 20–30 bytes per id plus its bytes, against ~60 for a `Map` of
 * strings, and nothing for the garbage collector to trace.
 *
 * Exact: two ids are the same only when their bytes are equal (the hash only picks the slot and skips most comparisons).
 */
export class IdLines {
  private arena = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Entry i: its bytes are `arena[starts[i], starts[i + 1])`. */
  private starts = new Uint32Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  private count = 0;
  /** Open addressing, two words a slot: the id's hash, then its entry number + 1 (0: empty). */
  private slots = new Uint32Array(2 << 13);

  /** Ids held. */
  get size(): number {
    return this.count;
  }

  /**
   * Records `id` as seen on `line` unless it was seen before; returns the first line it was
   * seen on, or 0 when it is new.
   *
   * @example const ids = new IdLines(); ids.firstOrAdd('C-1', 2); ids.firstOrAdd('C-1', 9) // => 2
   */
  firstOrAdd(id: string, line: number): number {
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
