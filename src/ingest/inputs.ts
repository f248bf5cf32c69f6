/**
 * One named input → the exports in it: a text export is one, a workbook one per audited sheet.
 * The adapter that tells them apart by the first bytes (a zip is a workbook) and hands each to
 * its reader.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { OpenedInput, ReadOptions } from '../model/input.js';
import { STDIN_NAME, openInput, openStream, openStreamInput } from './open.js';
import { containerOf } from './xlsx-sniff.js';
import { openWorkbook } from './xlsx-open.js';

/** The first bytes of a file (fewer when it is shorter); empty when it cannot be read here. */
async function firstBytes(path: string, n: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return Buffer.alloc(0); // openInput names the problem (missing, a directory, no permission)
  } finally {
    await handle?.close();
  }
}

/** All of a stream's bytes, and whether they are a workbook, after reading its first chunk. */
async function stdinParts(stream: NodeJS.ReadableStream): Promise<{ first: Buffer[]; rest: AsyncIterator<Buffer | string> }> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  while (size < 8) {
    const { value, done } = await it.next();
    if (done) break;
    const b = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    first.push(b);
    size += b.length;
  }
  return { first, rest: it };
}

/**
 * Opens what the user named (a path, or `-` for stdin): a workbook (`.xlsx`, told by its zip
 * signature whatever its name) gives one input per audited sheet, anything else one text input
 * (see {@link openInput}; a legacy `.xls` or an HTML "xls" gets its one-line error there).
 *
 * @example const inputs = await openInputs('payments.xlsx', { sheet: '대금지급' });
 */
export async function openInputs(
  source: string,
  options: ReadOptions,
  stdin?: NodeJS.ReadableStream,
  cwd?: string,
): Promise<OpenedInput[]> {
  if (source === '-') return fromStream(stdin ?? process.stdin, STDIN_NAME, options);
  const path = cwd === undefined ? source : resolve(cwd, source);
  // A pipe that is not stdin (`<(zcat x.csv.gz)`, /dev/fd/N, a named FIFO) can be read once
  // only: peeking at its first bytes would lose them, so it is read as a stream, like `-`.
  if (await isPipe(path)) return fromStream(await openStream(path, source), source, options);
  if (containerOf(await firstBytes(path, 8)) === 'zip') {
    const sheets = await openWorkbook(source, () => createReadStream(path), options);
    return withSha256(sheets, await sha256Of(createReadStream(path)));
  }
  return [await openInput(source, options, stdin, cwd)];
}

/** The SHA-256 of a stream's bytes, in hex (a workbook's whole file, as a CSV input's). */
async function sha256Of(stream: NodeJS.ReadableStream): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Every sheet of a workbook carries the workbook's hash in the report's `inputs`, as a CSV input
 * carries its file's, so `diff` can tell whether two reports read the same workbook.
 */
function withSha256(sheets: OpenedInput[], sha256: string): OpenedInput[] {
  for (const sheet of sheets) sheet.sha256 = sha256;
  return sheets;
}

/** True for an existing path that is neither a regular file nor a directory. */
async function isPipe(path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    return !s.isFile() && !s.isDirectory();
  } catch {
    return false; // openInput names the problem
  }
}

/** A stream (stdin, a pipe) shown as `name`: a workbook when its first bytes are a zip, else a text export. */
async function fromStream(stream: NodeJS.ReadableStream, name: string, options: ReadOptions): Promise<OpenedInput[]> {
  const { first, rest } = await stdinParts(stream);
  const head = Buffer.concat(first);
  const more = async function* (): AsyncGenerator<Buffer> {
    for (let r = await rest.next(); !r.done; r = await rest.next()) {
      yield typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
    }
  };
  if (containerOf(head) === 'zip') {
    // A workbook is read twice (headers, then rows): hold the piped one in memory.
    const parts: Buffer[] = [head];
    for await (const c of more()) parts.push(c);
    const whole = Buffer.concat(parts);
    const sheets = await openWorkbook(name, () => Readable.from([whole]), options);
    return withSha256(sheets, createHash('sha256').update(whole).digest('hex'));
  }
  const replay = Readable.from(
    (async function* () {
      if (head.length > 0) yield head;
      yield* more();
    })(),
    { objectMode: false },
  );
  return [await openStreamInput(replay, name, options)];
}
