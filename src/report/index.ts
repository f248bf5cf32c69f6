/**
 * The report layer: the format registry (every format by name and extension) and the helpers
 * the CLI shares with the formats.
 */
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';

export type { Chunk, Chunks, FormatOptions, Formatter, RenderFormat, ReportFormat, StreamFormat } from './types.js';
export {
  FORMATS,
  FORMAT_NAMES,
  OUTPUT_EXTENSIONS,
  formatByName,
  formatFromExtension,
  renderReport,
  renderToString,
} from './formats.js';
export { defaultLang, labels } from './i18n.js';
export { formatDuration } from '../format/index.js';
export { explainViolation } from './explain.js';
export { createProgress, type Progress, type ProgressOptions, type ProgressStream } from './progress.js';
export { formatCsv, formatHtml, formatMarkdown, formatTable };
