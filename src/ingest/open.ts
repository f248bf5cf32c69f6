/**
 * The I/O adapters of the reader: a file path or `-` (stdin) → an {@link OpenedInput}. They read
 * just enough bytes to understand the header, then stream the rest in 256 KiB chunks, the next one read while the current one is parsed when the
 * input is pumped; a file is never loaded whole.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, type OpenedInput, type ReadOptions } from '../model/input.js';
import { openedInput } from './reader.js';
import { type HeaderInfo, readHeader } from './read-header.js';
import { inputError } from '../messages/errors.js';

const CHUNK = 256 * 1024;
/** How a user's `-` is shown in messages and reports. */
export const STDIN_NAME = '<stdin>';

/** One line for an operating-system error on `path`. */
function fileError(err: NodeJS.ErrnoException, path: string): InputError {
  switch (err.code) {
    case 'ENOENT':
      return inputError('FILE_NOT_FOUND', 'INPUT_FILE', { file: path, problem: 'missing', detail: '' }, path);
    case 'EISDIR':
      return inputError('IS_DIRECTORY', 'INPUT_FILE', { file: path, problem: 'directory', detail: '' }, path);
    case 'EACCES':
    case 'EPERM':
      return inputError('PERMISSION_DENIED', 'INPUT_FILE', { file: path, problem: 'permission', detail: '' }, path);
    default:
      return inputError('READ_ERROR', 'INPUT_FILE', { file: path, problem: 'other', detail: err.code ?? err.message }, path);
  }
}

/** Pulls chunks from a readable stream without consuming it past what is asked for. */
class StreamChunks {
  private ended = false;
  private error: unknown = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly name: string = STDIN_NAME,
  ) {
    const poke = () => {
      const w = this.wake;
      this.wake = null;
      w?.();
    };
    stream.on('readable', poke);
    stream.on('end', () => {
      this.ended = true;
      poke();
    });
    stream.on('error', (e: unknown) => {
      this.error = e;
      poke();
    });
  }

  /** The next chunk, or null at the end. */
  async next(): Promise<Buffer | null> {
    for (;;) {
      if (this.error !== null) {
        const e = this.error as NodeJS.ErrnoException;
        throw inputError(
          'READ_ERROR',
          'INPUT_READ',
          { file: this.name, problem: 'read-error', detail: e.code ?? e.message },
          this.name,
        );
      }
      const chunk = this.stream.read() as Buffer | string | null;
      if (chunk !== null) return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (this.ended) return null;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}

async function headerFrom(
  next: () => Promise<Buffer | null>,
  file: string,
  options: ReadOptions,
): Promise<{ header: HeaderInfo; prefix: Buffer; eof: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = await next();
    const eof = chunk === null;
    if (chunk !== null) {
      parts.push(chunk);
      size += chunk.length;
    }
    const prefix = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const header = readHeader(prefix, eof, file, options);
    if (header !== null) return { header, prefix, eof };
    if (eof) throw inputError('EMPTY_FILE', 'INPUT_READ', { file, problem: 'no-header' }, file);
  }
}

/**
 * An opened input whose `sha256` is set once `pump` has read every byte: the report's `inputs`
 * carry it, so `charter-audit diff` can tell whether two reports read the same exports.
 */
function hashed(header: HeaderInfo, bytes: () => AsyncIterable<Buffer>): OpenedInput {
  const input: OpenedInput = openedInput(header, async function* () {
    const hash = createHash('sha256');
    for await (const chunk of bytes()) {
      hash.update(chunk);
      yield chunk;
    }
    input.sha256 = hash.digest('hex');
  });
  return input;
}

/**
 * Opens a non-regular file (a FIFO, `/dev/fd/N`, a device) as a stream, once it is open (a FIFO
 * waits for its writer). Errors are {@link InputError}s naming `name`.
 */
export function openStream(path: string, name: string): Promise<NodeJS.ReadableStream> {
  return new Promise((ok, fail) => {
    const stream = createReadStream(path);
    stream.once('open', () => ok(stream));
    stream.once('error', (err) => fail(fileError(err as NodeJS.ErrnoException, name)));
  });
}

/**
 * An export read once from a stream (stdin, a pipe), shown as `name`: the header from its
 * first chunks, then the rest.
 */
export async function openStreamInput(stream: NodeJS.ReadableStream, name: string, options: ReadOptions): Promise<OpenedInput> {
  const chunks = new StreamChunks(stream, name);
  const { header, prefix, eof } = await headerFrom(() => chunks.next(), name, options);
  let used = false;
  return hashed(header, async function* () {
    if (used) throw inputError('READ_TWICE', 'INPUT_READ', { file: name, problem: 'read-twice' }, name);
    used = true;
    yield prefix;
    if (eof) return;
    for (let c = await chunks.next(); c !== null; c = await chunks.next()) yield c;
  });
}

/**
 * Opens an export: a path, or `-` for `stdin` (shown as `<stdin>`). Reads the header and tells
 * the encoding, delimiter and kind; `pump` then streams the rows. Errors are {@link InputError}s
 * with a stable code: `FILE_NOT_FOUND`, `IS_DIRECTORY`, `PERMISSION_DENIED`, `EMPTY_FILE`,
 * `NOT_TEXT`, `BAD_ENCODING`, `UNKNOWN_KIND`, `AMBIGUOUS_KIND`, `MISSING_COLUMN`, `UNKNOWN_ENCODING` …
 *
 * `cwd` resolves a relative path (the name shown stays as the user wrote it).
 *
 * @example const input = await openInput('payments.csv', {}); await input.pump(sink);
 */
export async function openInput(
  source: string,
  options: ReadOptions,
  stdin?: NodeJS.ReadableStream,
  cwd?: string,
): Promise<OpenedInput> {
  if (source === '-') return openStreamInput(stdin ?? process.stdin, STDIN_NAME, options);
  const path = cwd === undefined ? source : resolve(cwd, source);
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw fileError({ code: 'EISDIR' } as NodeJS.ErrnoException, source);
    // A pipe that is not stdin (`<(zcat x.csv.gz)`, /dev/fd/N, a named FIFO) or a device cannot
    // be read at positions or twice: it is read once, as a stream, like `-`.
    if (!s.isFile() && !s.isDirectory()) return await openStreamInput(await openStream(path, source), source, options);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(err as NodeJS.ErrnoException, source);
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw fileError(err as NodeJS.ErrnoException, source);
  }
  let position = 0;
  let header: HeaderInfo;
  try {
    const h = handle;
    ({ header } = await headerFrom(
      async () => {
        const buf = Buffer.allocUnsafe(CHUNK);
        const { bytesRead } = await h.read(buf, 0, CHUNK, position);
        position += bytesRead;
        return bytesRead === 0 ? null : buf.subarray(0, bytesRead);
      },
      source,
      options,
    ));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(err as NodeJS.ErrnoException, source);
  } finally {
    await handle.close();
  }
  return hashed(header, async function* () {
    let fh;
    try {
      fh = await open(path, 'r');
    } catch (err) {
      throw fileError(err as NodeJS.ErrnoException, source);
    }
    try {
      // The next read is under way while the caller parses the current chunk (the file system
      // works in the thread pool), so the parser never waits on the disk between chunks.
      const h = fh;
      let at = 0;
      const readAt = async (position: number): Promise<Buffer> => {
        const buf = Buffer.allocUnsafe(CHUNK);
        try {
          const { bytesRead } = await h.read(buf, 0, CHUNK, position);
          return buf.subarray(0, bytesRead);
        } catch (err) {
          throw fileError(err as NodeJS.ErrnoException, source);
        }
      };
      let next = readAt(at);
      for (;;) {
        const chunk = await next;
        if (chunk.length === 0) return;
        at += chunk.length;
        next = readAt(at);
        // A rejection of the read ahead is seen when it is awaited; until then it is handled.
        next.catch(() => {});
        yield chunk;
      }
    } finally {
      await fh.close();
    }
  });
}
