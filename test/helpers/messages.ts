/** Rejections, warnings and usage errors carry a code and data; tests read their words in each language. */
import { renderMessage } from '../../src/messages/catalog.js';
import type { Message } from '../../src/model/messages.js';

function words(m: Message | undefined, lang: 'en' | 'ko'): string {
  if (m === undefined) throw new Error('no message');
  return renderMessage(m, lang);
}

/** The English words of a message. */
export const enOf = (m: Message | undefined): string => words(m, 'en');
/** The Korean words of a message. */
export const koOf = (m: Message | undefined): string => words(m, 'ko');

/** A rejection with its words in both languages in place of its data (as the reader gave them before). */
export function worded<R extends Message & { file: string; line: number | null }>(r: R) {
  const { data: _data, ...rest } = r;
  return { ...rest, reason: enOf(r), reasonKo: koOf(r) };
}

/** A warning with its words in both languages in place of its data. */
export function wordedWarning<W extends Message & { file: string; line: number | null }>(w: W) {
  const { data: _data, ...rest } = w;
  return { ...rest, message: enOf(w), messageKo: koOf(w) };
}

/** The messages of a test rule whose findings carry their own words: `text` renders `data.en` / `data.ko`. */
export const TEXT_MESSAGES = {
  text: { en: (d: { en: string; ko: string }) => d.en, ko: (d: { en: string; ko: string }) => d.ko },
};

/** A test finding's message: the `text` message with its words as data. */
export function textFinding(words: { en: string; ko: string }) {
  return { messageId: 'text', data: { en: words.en, ko: words.ko } };
}

/** A test violation's message: {@link textFinding} with the messages that render it. */
export function textViolation(words: { en: string; ko: string }) {
  return { ...textFinding(words), messages: TEXT_MESSAGES };
}
