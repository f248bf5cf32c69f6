/** `charter-audit diff`: read two JSON reports, compare them, render the comparison. Pure. */
import type { Lang } from '../model/rule.js';
import { compareReports, IncomparableError, NOT_COMPARABLE, type ReportDiff } from './compare.js';
import { formatDiffHtml } from './html.js';
import { DIFF_FORMATS, type DiffFormat, formatDiffJson, formatDiffMarkdown, formatDiffTable } from './render.js';
import { NOT_A_REPORT, parseReport, type AuditReport } from './report.js';

export { compareReports, IncomparableError, NOT_COMPARABLE, NOT_A_REPORT, parseReport, DIFF_FORMATS };
export type { AuditReport, DiffFormat, ReportDiff };

const RENDER: Record<DiffFormat, (d: ReportDiff, o: { lang: Lang; width: number }) => string> = {
  table: formatDiffTable,
  json: (d) => formatDiffJson(d),
  md: formatDiffMarkdown,
  html: formatDiffHtml,
};

/**
 * The comparison in one format.
 *
 * @example renderDiff(compareReports(a, b), 'md', { lang: 'ko', width: 100 }) // => '# 두 점검 보고서 사이에 바뀐 것\n…'
 */
export function renderDiff(d: ReportDiff, format: DiffFormat, options: { lang: Lang; width: number }): string {
  return RENDER[format](d, options);
}
