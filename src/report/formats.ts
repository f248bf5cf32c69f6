/**
 * The format registry: every report format is one entry in {@link FORMATS}. The CLI's
 * `--format` choices, the `--output` extension mapping and the audit's dispatch are all derived
 * from this list. Adding a format is one file (its entry) and one line here.
 */
import { csvFormat } from './csv.js';
import { htmlFormat } from './html.js';
import { jsonFormat, ndjsonFormat } from './json.js';
import { mdFormat } from './markdown.js';
import { tableFormat } from './table.js';
import { xlsxFormat } from './xlsx.js';
import type { AuditResult } from '../model/result.js';
import type { Chunk, Chunks, FormatOptions, ReportFormat } from './types.js';

/** Every report format, in the order `--help` lists them. */
export const FORMATS: readonly ReportFormat[] = [
  tableFormat,
  jsonFormat,
  ndjsonFormat,
  csvFormat,
  mdFormat,
  htmlFormat,
  xlsxFormat,
];

/** The `--format` values. @example FORMAT_NAMES.includes('csv') // => true */
export const FORMAT_NAMES: readonly string[] = FORMATS.map((f) => f.name);

/** The extensions `--output` understands, e.g. `.json`. */
export const OUTPUT_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions);

const BY_NAME: ReadonlyMap<string, ReportFormat> = new Map(FORMATS.map((f) => [f.name, f]));
const BY_EXTENSION: ReadonlyMap<string, ReportFormat> = new Map(FORMATS.flatMap((f) => f.extensions.map((e) => [e, f] as const)));

/**
 * The registry entry named `name`, or null.
 *
 * @example formatByName('md')?.extensions // => ['.md', '.markdown']
 */
export function formatByName(name: string): ReportFormat | null {
  return BY_NAME.get(name) ?? null;
}

/**
 * The format an output path's extension names (case-insensitive), or null when it names none.
 *
 * @example formatFromExtension('q3/report.HTML') // => 'html'
 * @example formatFromExtension('out.xyz') // => null
 */
export function formatFromExtension(path: string): string | null {
  const m = /(\.[A-Za-z0-9]+)$/.exec(path.replace(/[\\/]+$/, ''));
  if (!m?.[1]) return null;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (base.startsWith('.') && base.indexOf('.', 1) === -1) return null;
  return BY_EXTENSION.get(m[1].toLowerCase())?.name ?? null;
}

/**
 * A report's chunks from a finished result, for either kind of entry (a streamed format writes
 * each kept violation in turn).
 *
 * @example for await (const chunk of renderReport(formatByName('json')!, result, options)) write(chunk);
 */
export function renderReport(format: ReportFormat, result: AuditResult, options: FormatOptions): Chunks {
  if ('render' in format) return format.render(result, options);
  return (function* () {
    for (const v of result.violations) {
      const c = format.stream(v, options);
      if (typeof c === 'string' || c instanceof Uint8Array) yield c;
      else yield* c;
    }
    if (format.end) yield* format.end(result, options);
  })();
}

/**
 * A whole text report as one string (tests and small reports; the CLI streams instead).
 *
 * @example await renderToString(formatByName('csv')!, result, options) // => 'rule,title,…'
 */
export async function renderToString(format: ReportFormat, result: AuditResult, options: FormatOptions): Promise<string> {
  const parts: string[] = [];
  const decoder = new TextDecoder();
  for await (const c of renderReport(format, result, options)) {
    parts.push(typeof c === 'string' ? c : decoder.decode(c, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export type { Chunk };
