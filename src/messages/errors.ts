/** Coded errors made from the catalog: the English text for library users, the data for the CLI. */
import { UsageError } from '../model/errors.js';
import type { MessageData, UsageCode } from '../model/messages.js';
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
