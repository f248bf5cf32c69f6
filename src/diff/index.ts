/** `charter-audit diff`: read two JSON reports, compare them, render the comparison. Pure. */
import type { Lang } from '../model/rule.js';
import { compareReports, IncomparableError, NOT_COMPARABLE, type ReportDiff } from './compare.js';
import { formatDiffHtml } from './html.js';
import { DIFF_FORMATS, type DiffFormat, formatDiffJson, formatDiffMarkdown, formatDiffTable } from './render.js';
import { NOT_A_REPORT, parseReport, type AuditReport } from './report.js';

export { compareReports, IncomparableError, NOT_COMPARABLE, NOT_A_REPORT, parseReport, DIFF_FORMATS };
export type { AuditReport, DiffFormat, ReportDiff };

/** A diff format, shaped like the report registry's entries (`{ name, extensions, render }`). */
export interface DiffFormatEntry {
  readonly name: DiffFormat;
  /** Lower-case output-file extensions with their dot, the usual one first. */
  readonly extensions: readonly string[];
  readonly description: string;
  render(d: ReportDiff, options: { lang: Lang; width: number }): string;
}

/** Every diff format: `--format` choices and `-o` extensions are derived from this list. */
export const DIFF_FORMAT_ENTRIES: readonly DiffFormatEntry[] = [
  { name: 'table', extensions: ['.txt'], description: 'the terminal view', render: formatDiffTable },
  {
    name: 'json',
    extensions: ['.json'],
    description: 'the machine comparison (diffVersion 1)',
    render: (d) => formatDiffJson(d),
  },
  { name: 'md', extensions: ['.md', '.markdown'], description: 'GitHub-flavoured Markdown', render: formatDiffMarkdown },
  { name: 'html', extensions: ['.html', '.htm'], description: 'one self-contained page', render: formatDiffHtml },
];

/**
 * The diff format an output path's extension names (case-insensitive), or null.
 *
 * @example diffFormatFromExtension('changes.MD') // => 'md'
 */
export function diffFormatFromExtension(path: string): DiffFormat | null {
  const ext = /\.[A-Za-z0-9]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
  return DIFF_FORMAT_ENTRIES.find((f) => f.extensions.includes(ext))?.name ?? null;
}

/**
 * The comparison in one format.
 *
 * @example renderDiff(compareReports(a, b), 'md', { lang: 'ko', width: 100 }) // => '# 두 점검 보고서 사이에 바뀐 것\n…'
 */
export function renderDiff(d: ReportDiff, format: DiffFormat, options: { lang: Lang; width: number }): string {
  return DIFF_FORMAT_ENTRIES.find((f) => f.name === format)!.render(d, options);
}
