/**
 * The human formats by name, and the format an output file's extension asks for.
 */
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';
import type { Formatter } from './types.js';

export type { FormatOptions, Formatter } from './types.js';
export { defaultLang, formatDuration, labels } from './i18n.js';
export { explainViolation } from './explain.js';
export { createProgress, type Progress, type ProgressStream } from './progress.js';
export { formatCsv, formatHtml, formatMarkdown, formatTable };

export const FORMATTERS: Record<'table' | 'csv' | 'md' | 'html', Formatter> = {
  table: formatTable,
  csv: formatCsv,
  md: formatMarkdown,
  html: formatHtml,
};

export type FileFormat = 'json' | 'ndjson' | 'csv' | 'md' | 'html' | 'table';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
};

/** The extensions `--output` understands, e.g. `.json`. */
export const OUTPUT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/**
 * The format an output path's extension names (case-insensitive), or null when it names none.
 *
 * @example formatFromExtension('q3/report.HTML') // => 'html'
 * @example formatFromExtension('out.xlsx') // => null
 */
export function formatFromExtension(path: string): FileFormat | null {
  const m = /(\.[A-Za-z0-9]+)$/.exec(path.replace(/[\\/]+$/, ''));
  if (!m?.[1]) return null;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (base.startsWith('.') && base.indexOf('.', 1) === -1) return null;
  return BY_EXTENSION[m[1].toLowerCase()] ?? null;
}
