/** Coded errors made from the catalog: the English text for library users, the data for the CLI. */
import { UsageError } from '../model/errors.js';
import { InputError } from '../model/input.js';
import type { InputCode, MessageData, UsageCode } from '../model/messages.js';
import { renderMessage } from './catalog.js';

/**
 * A usage error of `code` with `data`: its message is the English words, `said` the code and
 * data the CLI renders in the chosen language.
 *
 * @example usageError('USAGE_STDIN_TWICE', {}).message // => 'stdin (-) can be read only once'
 */
export function usageError<C extends UsageCode>(code: C, data: MessageData[C]): UsageError {
  const said = { code, data } as Parameters<typeof renderMessage>[0] & { code: UsageCode };
  return new UsageError(renderMessage(said, 'en'), said);
}

/**
 * An input error (exit 2) with its stable `code` (`FILE_NOT_FOUND` …), worded by the catalog from
 * `said`: English in its message, the data for the CLI to word in `--lang`.
 *
 * @example inputError('FILE_NOT_FOUND', 'INPUT_FILE', { file: 'p.csv', problem: 'missing', detail: '' }, 'p.csv').message // => 'p.csv: no such file; check the path'
 */
export function inputError<C extends InputCode>(
  code: string,
  messageCode: C,
  data: MessageData[C],
  file?: string,
  line?: number,
): InputError {
  const said = { code: messageCode, data } as Parameters<typeof renderMessage>[0] & { code: InputCode };
  return new InputError(code, renderMessage(said, 'en'), file, line, said);
}

/**
 * The first header problem of a search over several candidate lines (or workbook rows), said
 * again with how many were tried; an error not worded by the catalog keeps its English and gets
 * the same words appended.
 *
 * @example headerSearchError(err, 20, 'lines', 'p.csv', 1).message.endsWith('pass --header-line N)') // => true
 */
export function headerSearchError(
  err: InputError,
  count: number,
  unit: 'lines' | 'rows',
  file: string,
  line?: number,
): InputError {
  if (err.said?.code === 'INPUT_HEADER') {
    return inputError(err.code, 'INPUT_HEADER', { ...err.said.data, searched: { count, unit } }, file, line);
  }
  return new InputError(
    err.code,
    `${err.message}; no other of the first ${count} ${unit} is a header either (if the header is further down, pass --header-line N)`,
    file,
    line,
  );
}
