/** The words of a what-if's label when it is data: what a what-if file changes, or a reading's dates. */
import type { Templates } from './template.js';

export const WHATIF: Templates<'WHATIF_LABEL'> = {
  WHATIF_LABEL: {
    en: (d) =>
      d.what === 'changes'
        ? d.changes.join(', ') || '—'
        : `a temporary holiday does not count for records received before it was declared (${declared(d.declared)})`,
    ko: (d) =>
      d.what === 'changes'
        ? d.changes.join(', ') || '—'
        : `임시공휴일은 지정(국무회의 의결) 전에 접수된 건에는 산입하지 않음 (${declared(d.declared)})`,
  },
};

/** Each temporary holiday with the day it was declared: `2025-01-27 ← 2025-01-08`. */
function declared(days: readonly { day: string; announced: string }[]): string {
  return days.map((t) => `${t.day} ← ${t.announced}`).join(', ');
}
