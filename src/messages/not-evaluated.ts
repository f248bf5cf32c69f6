/**
 * The words of a rule's not-evaluated reason (`NOT_EVALUATED_*`), in English and Korean side by
 * side. A precondition's words are the rule's own (its `meta.messages`), rendered here too.
 */
import type { NotEvaluatedCode } from '../model/messages.js';
import { KIND_KO, koreanColumn } from '../model/records.js';
import { renderFinding } from '../model/rule.js';
import type { Templates } from './template.js';

export const NOT_EVALUATED: Templates<NotEvaluatedCode> = {
  NOT_EVALUATED_OFF: {
    en: () => 'turned off in the config',
    ko: () => '설정에서 끔',
  },
  NOT_EVALUATED_NO_ROWS: {
    en: (d) => `no ${d.kind} row in the audited period`,
    ko: (d) => `점검 기간에 ${KIND_KO[d.kind]} 자료의 행이 없음`,
  },
  NOT_EVALUATED_OUT_OF_SCOPE: {
    en: (d) =>
      `none of the ${d.rows} ${d.kind} ${d.rows === 1 ? 'row' : 'rows'} is one this ${d.scope === 'aggregate' ? 'measure counts' : 'rule applies to'}`,
    ko: (d) => `${KIND_KO[d.kind]} ${d.rows}행 중 ${d.scope === 'aggregate' ? '이 지표로 집계할' : '이 규칙의 대상인'} 행이 없음`,
  },
  NOT_EVALUATED_NEEDS_KIND: {
    en: (d) => `needs a ${d.kind} export too`,
    ko: (d) => `${KIND_KO[d.kind]} 파일(${d.kind})도 필요함`,
  },
  NOT_EVALUATED_MISSING_COLUMNS: {
    en: (d) => `missing column(s): ${d.columns.join(', ')}`,
    // Korean names the header an auditor would add, with the canonical name beside it.
    ko: (d) => `필요한 열이 없음: ${d.columns.map((c) => koreanColumn(d.kind, c)).join(', ')}`,
  },
  NOT_EVALUATED_PRECONDITION: {
    en: (d) => renderFinding(d.messages, d.messageId, d.data, 'en'),
    ko: (d) => renderFinding(d.messages, d.messageId, d.data, 'ko'),
  },
};
