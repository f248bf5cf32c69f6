/** What the audit says on stderr besides the report: notices, rejected rows, warnings, what -o wrote. */
import { statSync } from 'node:fs';
import type { Notice } from '../../api/types.js';
import { formatInstant } from '../../calendar/kst.js';
import { placeOf } from '../../model/place.js';
import type { AuditResult } from '../../model/result.js';
import type { Lang } from '../../model/rule.js';
import { failureCounts } from '../../report/counts.js';
import { inLang, labels, rejectionReason, warningMessage } from '../../report/i18n.js';
import { messageLine } from '../../report/sanitize.js';
import type { Io } from '../io.js';

export function noticeText(n: Notice, lang: Lang): string {
  const now = formatInstant(n.asOf);
  return inLang(
    `warning: today (${now}) is past the holiday data (${n.lastYear}); open records cannot be judged: pass --as-of or --holidays`,
    `경고: 오늘(${now})은 공휴일 자료(${n.lastYear}년까지) 밖입니다. 미처리 건은 판단할 수 없으니 --as-of 또는 --holidays를 지정하세요`,
    lang,
  );
}

/** The stderr summary: rejected rows, the first warnings, and a run where nothing could be audited. */
export function writeSummary(io: Io, result: AuditResult, streamed: boolean, lang: Lang): void {
  const rejected = result.rejected.length;
  const said = labels(lang).stderr;
  if (rejected > 0) {
    const first = result.rejected[0]!;
    io.stderr.write(
      `charter-audit: ${said.rowsRejected(rejected)}` +
        (streamed ? said.listWithJson : said.listedInReport) +
        `; ${said.first}: ${messageLine(`${placeOf(first.file, first.line, lang)}: ${rejectionReason(first, lang)}`)}\n`,
    );
  }
  for (const w of result.warnings.slice(0, 5)) {
    io.stderr.write(
      `charter-audit: ${said.warning}: ${messageLine(`${placeOf(w.file, w.line, lang)}: ${warningMessage(w, lang)}`)}\n`,
    );
  }
  if (result.warnings.length > 5) io.stderr.write(`charter-audit: ${said.moreWarnings(result.warnings.length - 5)}\n`);
  for (const input of result.inputs)
    if (input.rows === 0) io.stderr.write(`charter-audit: ${messageLine(said.noDataRows(input.file))}\n`);
  const rows = result.inputs.reduce((n, i) => n + i.rows, 0);
  if (rows > 0 && rejected === rows) {
    io.stderr.write(
      `charter-audit: ${inLang(
        `nothing could be audited: all ${rows} rows were rejected`,
        `점검할 수 있는 행이 없습니다: ${rows}행 모두 거부되었습니다`,
        lang,
      )}\n`,
    );
  }
}

/** Whether -o wrote a regular file (not /dev/null or a pipe, whose writing is not news). */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * What `-o FILE` wrote, in one line: the file, the format and the counts — violations (records,
 * as many as the report lists) apart from the periodic measures below target (a failed call-centre
 * month is not a violation row), the latter only when measures were judged.
 */
export function wroteLine(result: AuditResult, output: string, format: string, lang: Lang): string {
  const evaluated = result.inputs.reduce((n, i) => n + i.evaluated, 0);
  const counts = failureCounts(result);
  const below = counts.measures > 0 ? counts.measuresBelowTarget : null;
  // The name as given may hold a newline or an escape sequence: one line, nothing acting on the terminal.
  return messageLine(labels(lang).stderr.wrote(output, format, evaluated, counts.violations, below, result.rejected.length));
}
