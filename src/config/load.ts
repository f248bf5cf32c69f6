/** Reading the config file: the only I/O of src/config. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { configError } from './checks.js';
import { type Config, normalizeConfig } from './normalize.js';

/**
 * The 1-based line and column of a character offset.
 *
 * @example lineColumn('{\n  "a": x', 9) // => { line: 2, column: 8 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. Node's
 * `JSON.parse` messages do not always carry a position, so the config's errors find it here.
 *
 * @example jsonErrorOffset('{"a": x}') // => 6
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}

/**
 * Parses config text (a UTF-8 BOM is allowed) and normalises it; a JSON syntax error names the line and column.
 *
 * @example parseConfig('{"granularity":"quarter"}', 'c.json').granularity // => 'quarter'
 */
export function parseConfig(text: string, file: string): Config {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const offset = jsonErrorOffset(body);
    const at = offset >= 0 ? lineColumn(body, offset) : null;
    throw configError(file, { problem: 'json', at, detail });
  }
  return normalizeConfig(raw, file);
}

/**
 * Reads and validates a config file. `path` is resolved against `cwd` and shown as given in
 * messages; the config's `holidays` path comes back absolute. A missing or unreadable file is an
 * `INVALID_CONFIG` error too.
 *
 * @example const config = await loadConfig('charter-audit.config.json', io.cwd);
 */
export async function loadConfig(path: string, cwd: string = process.cwd()): Promise<Config> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable';
    throw configError(path, { problem: 'file', why, detail: code ?? String(err) });
  }
  const config = parseConfig(text, path);
  return config.holidays === null ? config : { ...config, holidays: resolve(cwd, config.holidays) };
}
