/**
 * The library's audit, Node side: reads the config, holidays and input files, then runs the
 * I/O-free pipeline of ./prepare.ts. `audit` returns the whole result; `auditStream` yields the
 * violations in report order as they are decided (for NDJSON) and returns the result.
 */
import { openInputs } from '../ingest/inputs.js';
import { PARALLEL_MIN_BYTES, WorkerPool, parallelEligible, parallelInput } from '../ingest/parallel.js';
import type { OpenedInput } from '../model/input.js';
import type { AuditResult, Violation } from '../model/result.js';
import { parseAsOf, resolvePeriod } from './period.js';
import { judgingTime, openText, preparedAudit, resolveDueWithin } from './prepare.js';
import { loadSetup } from './setup.js';
import { streamRun } from './stream.js';
import { loadVariants } from './whatif.js';
import type { AuditOptions, AuditSource, PreparedAudit } from './types.js';

function isOpened(source: AuditSource): source is OpenedInput {
  return typeof source === 'object' && 'pump' in source;
}

/**
 * Resolves everything an audit needs — period (and the quarter before), config, calendar,
 * judging time, inputs opened and their kinds detected — without reading a data row. Errors
 * come here, before any output: `UsageError` (options), `InputError` (files),
 * `CalendarRangeError` (a chosen `asOf` outside the holiday data).
 *
 * @example const prepared = await prepareAudit(['calls.csv'], { quarter: '2025Q2' }); const result = await prepared.run();
 */
export async function prepareAudit(sources: readonly AuditSource[], options: AuditOptions = {}): Promise<PreparedAudit> {
  const { period, previousPeriod } = resolvePeriod(options);
  const chosenAsOf = typeof options.asOf === 'string' ? parseAsOf(options.asOf) : options.asOf;
  const cwd = options.cwd ?? process.cwd();
  const setup = await loadSetup({ config: options.config, holidays: options.holidays, cwd });
  const { asOf, notices } = judgingTime(setup, chosenAsOf, options.now);
  const dueWithin = resolveDueWithin(options.dueWithin, setup.calendar.secondsPerWorkingDay);
  for (const n of notices) options.onNotice?.(n);
  const read = {
    kind: options.kind,
    encoding: options.encoding,
    headerLine: options.headerLine,
    columns: setup.config.columns ?? undefined,
    values: setup.config.values ?? undefined,
    sheet: options.sheet,
  };
  const inputs: OpenedInput[] = [];
  const files: { at: number; source: string }[] = [];
  for (const source of sources) {
    if (typeof source === 'string') {
      const opened = await openInputs(source, read, options.stdin, cwd);
      if (opened.length === 1 && parallelEligible(source, opened[0]!, cwd, options.parallelMinBytes ?? PARALLEL_MIN_BYTES)) {
        files.push({ at: inputs.length, source });
      }
      inputs.push(...opened);
    } else if (isOpened(source)) inputs.push(source);
    else inputs.push(openText(source.name, source.text, read));
  }
  // Two or more big text files: each is parsed in a worker thread while the engine takes them in order.
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  if (jobs > 1 && files.length > 1) {
    const pool = new WorkerPool(jobs);
    for (const f of files) inputs[f.at] = parallelInput(inputs[f.at]!, f.source, cwd, read, pool);
  }
  const variants = await loadVariants(setup, options.whatIf ?? [], options.sensitivity ?? false, cwd);
  return preparedAudit(setup, inputs, {
    variants,
    asOf,
    notices,
    period,
    previousPeriod,
    groupBy: options.groupBy ?? null,
    onInputDone: options.onInputDone,
    ...(dueWithin === undefined ? {} : { dueWithin }),
  });
}

/**
 * Audits exports against the charter rules: the whole job in one call.
 *
 * @example
 * const result = await audit(['payments.csv', 'calls.csv'], { quarter: '2025Q2', asOf: '2025-07-01' });
 * result.rules.filter((r) => r.violations > 0).map((r) => r.id);
 */
export async function audit(sources: readonly AuditSource[], options: AuditOptions = {}): Promise<AuditResult> {
  return (await prepareAudit(sources, options)).run();
}

/**
 * Yields the violations in report order as soon as the order allows; the generator's return
 * value is the result without them. It waits for its consumer: while `highWater` (default 1,024)
 * violations wait to be pulled, reading pauses, so a slow loop keeps memory bounded; leaving the
 * loop early (`break`) ends the reading and closes the file.
 *
 * @example for await (const v of auditStream(['calls.csv'], { asOf: '2025-07-01' })) console.log(v.rule, v.recordId);
 */
export async function* auditStream(
  sources: readonly AuditSource[],
  options: AuditOptions = {},
): AsyncGenerator<Violation, AuditResult, undefined> {
  const prepared = await prepareAudit(sources, options);
  return yield* streamRun(prepared, { highWater: options.highWater });
}
