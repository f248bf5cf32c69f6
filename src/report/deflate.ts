/**
 * The one place the core meets a platform compressor: the workbook's zip entries are deflated here,
 * piece by piece. zlib is computation, not I/O, but it is Node's; a browser build swaps this file
 * for a synchronous deflate of the same contract (pako's `deflateRaw` with `Z_SYNC_FLUSH`), and
 * nothing else in the core names a Node module (checked by `npm run deps`).
 */
import { constants, deflateRawSync } from 'node:zlib';

/** zlib's default level. */
const LEVEL = 6;

/**
 * Raw-deflates one piece of an entry and ends it with a sync flush, without a final block, so the
 * pieces of one entry join into one deflate stream (the writer appends the final block).
 *
 * @example deflatePiece(new TextEncoder().encode('aaaa')).at(-1) // => 255 (the sync flush's 00 00 ff ff)
 */
export function deflatePiece(bytes: Uint8Array): Uint8Array {
  return deflateRawSync(bytes, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH });
}
