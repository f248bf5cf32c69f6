/**
 * A streaming zip writer for the workbook: each entry is deflated as its text arrives and handed
 * on in pieces (local header, compressed data, a data descriptor with the CRC and sizes), the
 * central directory last, so a workbook of a million rows is never whole in memory. Every entry
 * carries one fixed modification time (the audit's as-of), so the same result gives the same
 * bytes. Compression is ./deflate.ts's, called on each piece in turn (no I/O, nothing queued).
 */
import { deflatePiece } from './deflate.js';

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;
const MAX32 = 0xffffffff;
/** Text deflated at a time. */
const DEFLATE_PIECE = 256 * 1024;
/** An empty final deflate block (fixed Huffman codes): ends the pieces' stream. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The MS-DOS time and date words of a wall-clock time (2-second resolution, years 1980–2107).
 *
 * @example dosDateTime(2025, 3, 4, 14, 5, 0) // => { time: 28832, date: 23140 }
 */
export function dosDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): { time: number; date: number } {
  const y = Math.min(Math.max(year, 1980), 2107);
  return {
    time: (hour << 11) | (minute << 5) | (second >> 1),
    date: ((y - 1980) << 9) | (month << 5) | day,
  };
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  // Slicing by 4: four bytes per step.
  for (let n = 0; n < 256; n++) {
    for (let s = 1; s < 4; s++) t[s * 256 + n] = (t[(s - 1) * 256 + n]! >>> 8) ^ t[t[(s - 1) * 256 + n]! & 0xff]!;
  }
  return t;
})();

/**
 * The CRC-32 of `bytes` (the zip one), continuing from `crc` (0 to start).
 *
 * @example crc32(new TextEncoder().encode('123456789')) // => 0xcbf43926
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  let i = 0;
  const end4 = bytes.length - (bytes.length % 4);
  for (; i < end4; i += 4) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One file of the archive: its name and its text, produced in pieces when asked. */
export interface ZipEntry {
  name: string;
  text: () => Iterable<string> | AsyncIterable<string>;
}

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

function tooBig(name: string): Error {
  return new Error(
    `the workbook part ${name} is over 4 GiB, more than a zip without ZIP64 holds; write JSON, NDJSON or CSV instead`,
  );
}

/**
 * The bytes of a zip archive of `entries`, in pieces, each entry deflated as its text comes.
 * Every entry is stamped with `stamp` (see {@link dosDateTime}).
 *
 * @example for await (const bytes of zipStream([{ name: 'a.txt', text: () => ['hello'] }], dosDateTime(2025, 1, 1, 0, 0, 0))) out.push(bytes);
 */
export async function* zipStream(entries: Iterable<ZipEntry>, stamp: { time: number; date: number }): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = header(30 + name.length, (v) => {
      v.setUint32(0, LOCAL, true);
      v.setUint16(4, VERSION, true);
      v.setUint16(6, FLAGS, true);
      v.setUint16(8, DEFLATE, true);
      v.setUint16(10, stamp.time, true);
      v.setUint16(12, stamp.date, true);
      v.setUint16(26, name.length, true);
    });
    local.set(name, 30);
    yield local;
    const w: Written = { name, crc: 0, compressed: 0, size: 0, offset };
    offset += local.length;
    // The text is deflated in pieces of about 256 KiB, each ended by a sync flush (so the pieces
    // join into one deflate stream) and handed on at once: nothing waits in a compressor's queue.
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const deflatePending = (): Uint8Array => {
      const input = pending.length === 1 ? pending[0]! : concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      const out = deflatePiece(input);
      w.compressed += out.length;
      if (w.compressed > MAX32) throw tooBig(entry.name);
      return out;
    };
    for await (const piece of entry.text()) {
      if (piece.length === 0) continue;
      const bytes = encoder.encode(piece);
      w.crc = crc32(bytes, w.crc);
      w.size += bytes.length;
      if (w.size > MAX32) throw tooBig(entry.name);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= DEFLATE_PIECE) yield deflatePending();
    }
    if (pendingBytes > 0) yield deflatePending();
    // The last block: an empty final block of fixed codes.
    yield FINAL_BLOCK.slice();
    w.compressed += FINAL_BLOCK.length;
    offset += w.compressed;
    yield header(16, (v) => {
      v.setUint32(0, DESCRIPTOR, true);
      v.setUint32(4, w.crc, true);
      v.setUint32(8, w.compressed, true);
      v.setUint32(12, w.size, true);
    });
    offset += 16;
    if (offset > MAX32) throw tooBig(entry.name);
    written.push(w);
  }
  const start = offset;
  for (const w of written) {
    const central = header(46 + w.name.length, (v) => {
      v.setUint32(0, CENTRAL, true);
      v.setUint16(4, VERSION, true);
      v.setUint16(6, VERSION, true);
      v.setUint16(8, FLAGS, true);
      v.setUint16(10, DEFLATE, true);
      v.setUint16(12, stamp.time, true);
      v.setUint16(14, stamp.date, true);
      v.setUint32(16, w.crc, true);
      v.setUint32(20, w.compressed, true);
      v.setUint32(24, w.size, true);
      v.setUint16(28, w.name.length, true);
      v.setUint32(42, w.offset, true);
    });
    central.set(w.name, 46);
    offset += central.length;
    yield central;
  }
  yield header(22, (v) => {
    v.setUint32(0, EOCD, true);
    v.setUint16(8, written.length, true);
    v.setUint16(10, written.length, true);
    v.setUint32(12, offset - start, true);
    v.setUint32(16, start, true);
  });
}
