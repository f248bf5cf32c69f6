/**
 * Encodings: detection from the first bytes, names accepted by `--encoding`, and the per-chunk
 * transcoding to the UTF-8 bytes csv-parse works on. Pure functions over buffers.
 *
 * - A UTF-8 BOM → `utf-8-bom`; a UTF-16 BOM → `utf-16le`/`utf-16be` (Excel's "유니코드 텍스트").
 * - Otherwise a prefix that is valid UTF-8 → `utf-8`; one that is not but decodes cleanly as
 *   CP949 (the superset of EUC-KR that Korean Excel and 나라장터 write) → `cp949`.
 * - Neither: whichever decodes with fewer undecodable bytes; the rows holding them are then
 *   rejected (`BAD_ENCODING`), so mojibake never reaches a report.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { inputError } from '../messages/errors.js';

/** How the bytes of a file are read. */
export interface EncodingChoice {
  /** The name reported in `inputs` and by `inspect`: `utf-8`, `utf-8-bom`, `cp949`, `euc-kr`, `utf-16le` … */
  name: string;
  /** The iconv-lite codec, or null for UTF-8 (passed to csv-parse as is). */
  codec: string | null;
  /** Bytes of BOM to skip at the start of the file. */
  bomLength: number;
}

/** The names `--encoding` takes, as data: the message words them in `--lang`. */
const ACCEPTED = [
  { name: 'utf-8', also: [], same: null },
  { name: 'cp949', also: ['ms949', 'uhc', 'windows-949'], same: null },
  { name: 'euc-kr', also: ['ks_c_5601-1987'], same: null },
  { name: 'utf-16', also: [], same: 'utf-16le' },
  { name: 'utf-16le', also: [], same: null },
  { name: 'utf-16be', also: [], same: null },
] as const;

/**
 * The encoding named by `--encoding`, or an InputError listing the accepted names.
 *
 * @example encodingByName('EUC-KR').codec // => 'cp949'
 * @example encodingByName('utf8').name // => 'utf-8'
 */
export function encodingByName(name: string): EncodingChoice {
  const key = name.toLowerCase().replace(/[-_\s]/g, '');
  switch (key) {
    case 'utf8':
    case 'utf8bom':
      return { name: 'utf-8', codec: null, bomLength: 0 };
    case 'cp949':
    case 'ms949':
    case 'uhc':
    case 'windows949':
      return { name: 'cp949', codec: 'cp949', bomLength: 0 };
    case 'euckr':
    case 'ksc5601':
    case 'ksc56011987':
    case 'ksc56011987.':
      // EUC-KR is a subset of CP949: decoding as CP949 reads every EUC-KR file and the
      // extended Hangul Korean Excel writes under the same name.
      return { name: 'euc-kr', codec: 'cp949', bomLength: 0 };
    case 'utf16le':
    case 'utf16':
      return { name: 'utf-16le', codec: 'utf-16le', bomLength: 0 };
    case 'utf16be':
      return { name: 'utf-16be', codec: 'utf-16be', bomLength: 0 };
    default:
      throw inputError('UNKNOWN_ENCODING', 'INPUT_UNKNOWN_ENCODING', { name, accepted: ACCEPTED });
  }
}

/** Length of a BOM at the start of `bytes` and the encoding it announces. */
function bomOf(bytes: Uint8Array): EncodingChoice | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8-bom', codec: null, bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'utf-16le', codec: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', codec: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * How many bytes at the end of `bytes` are an incomplete UTF-8 sequence (0–3): a chunk or a
 * prefix may stop inside a character.
 *
 * @example incompleteUtf8Tail(Buffer.from([0x41, 0xec, 0x95])) // => 2
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Detects the encoding from the first bytes of a file (`eof`: the prefix is the whole file).
 * `forced` (from `--encoding`) wins, but a UTF-8 BOM is still skipped when reading as UTF-8.
 *
 * @example detectEncoding(Buffer.from('접수일시', 'utf8'), true).name // => 'utf-8'
 * @example detectEncoding(iconv.encode('접수일시', 'cp949'), true).name // => 'cp949'
 */
export function detectEncoding(prefix: Uint8Array, eof: boolean, forced?: string): EncodingChoice {
  const bom = bomOf(prefix);
  if (forced !== undefined) {
    const choice = encodingByName(forced);
    if (choice.codec === null && bom?.codec === null) return bom;
    if (choice.codec !== null && bom !== null && bom.codec === choice.codec) return { ...choice, bomLength: bom.bomLength };
    return choice;
  }
  if (bom) return bom;
  const body = eof ? prefix : prefix.subarray(0, prefix.length - incompleteUtf8Tail(prefix));
  if (isUtf8(body)) return { name: 'utf-8', codec: null, bomLength: 0 };
  const asCp949 = countReplacements(iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'cp949'));
  if (asCp949 === 0) return { name: 'cp949', codec: 'cp949', bomLength: 0 };
  const asUtf8 = countReplacements(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  return asCp949 < asUtf8 ? { name: 'cp949', codec: 'cp949', bomLength: 0 } : { name: 'utf-8', codec: null, bomLength: 0 };
}

const FFFD_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * Turns the file's bytes, chunk by chunk, into UTF-8 bytes with `\r\n` folded to `\n` (so a
 * line count is a physical line count even inside quoted fields), and says whether a chunk held
 * anything that could become mojibake (undecodable bytes, U+FFFD, NUL) — the reader then checks
 * each field of the rows that follow.
 */
export class Transcoder {
  /** True once a chunk held undecodable bytes, U+FFFD or NUL. */
  suspect = false;
  /**
   * True once a chunk handed out held a `\r` not followed by `\n` (a classic Mac line end, or a
   * stray one): only then must the parser treat `\r` as a record delimiter too.
   */
  bareCr = false;
  private readonly decoder: { write(b: Buffer): string; end(): string | undefined } | null;
  private skip: number;
  /** Bytes held back from the previous chunk: an incomplete UTF-8 character, or a trailing `\r`. */
  private carry: Buffer | null = null;

  constructor(readonly encoding: EncodingChoice) {
    this.decoder = encoding.codec === null ? null : iconv.getDecoder(encoding.codec);
    this.skip = encoding.bomLength;
  }

  /** The UTF-8 bytes for the next chunk of the file (may be empty). */
  write(chunk: Buffer): Buffer {
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      chunk = chunk.subarray(n);
      this.skip -= n;
    }
    if (this.decoder !== null) {
      const text = this.decoder.write(chunk);
      if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0) this.suspect = true;
      return this.foldCrlf(Buffer.from(text, 'utf8'), false);
    }
    if (this.carry !== null) {
      chunk = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    const tail = incompleteUtf8Tail(chunk);
    if (tail > 0) {
      this.carry = Buffer.from(chunk.subarray(chunk.length - tail));
      chunk = chunk.subarray(0, chunk.length - tail);
    }
    if (!this.suspect && (!isUtf8(chunk) || chunk.indexOf(0) >= 0 || chunk.indexOf(FFFD_UTF8) >= 0)) this.suspect = true;
    return this.foldCrlf(chunk, false);
  }

  /** The last bytes at the end of the file. */
  end(): Buffer {
    let rest: Buffer;
    if (this.decoder !== null) {
      const text = this.decoder.end() ?? '';
      if (text.indexOf('\uFFFD') >= 0) this.suspect = true;
      rest = Buffer.from(text, 'utf8');
    } else {
      rest = this.carry ?? Buffer.alloc(0);
      this.carry = null;
      // An incomplete character at the very end of the file is undecodable.
      if (rest.length > 0) this.suspect = true;
    }
    return this.foldCrlf(rest, true);
  }

  private pendingCr = false;

  /** Drops each `\r` that is followed by `\n`; a `\r` at the end of a chunk waits for the next one. */
  private foldCrlf(buf: Buffer, last: boolean): Buffer {
    if (this.pendingCr) {
      this.pendingCr = false;
      if (buf.length === 0 || buf[0] !== 10) buf = Buffer.concat([Buffer.from([13]), buf]);
    }
    let cr = buf.indexOf(13);
    if (cr < 0) return buf;
    const out = Buffer.allocUnsafe(buf.length);
    let w = 0;
    let from = 0;
    while (cr >= 0) {
      if (cr === buf.length - 1 && !last) {
        w += buf.copy(out, w, from, cr);
        this.pendingCr = true;
        return out.subarray(0, w);
      }
      if (buf[cr + 1] === 10) {
        w += buf.copy(out, w, from, cr);
        from = cr + 1;
      } else this.bareCr = true;
      cr = buf.indexOf(13, cr + 1);
    }
    w += buf.copy(out, w, from, buf.length);
    return out.subarray(0, w);
  }
}
