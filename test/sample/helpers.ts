import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { type RawSampleOptions, resolveSampleOptions, sampleLines, sampleWorkingDays } from '../../src/sample/index.js';

/** The text of a sample export, generated in-process with the real calendar. */
export function sampleText(raw: RawSampleOptions): string {
  return [...sampleLines(resolveSampleOptions(raw), sampleWorkingDays())].join('');
}

/** Header-keyed records of CSV text (or CP949 bytes). */
export function records(text: string | Buffer): Record<string, string>[] {
  const s = typeof text === 'string' ? text : iconv.decode(text, 'cp949');
  return parse(s, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}
