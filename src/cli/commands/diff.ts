/**
 * `charter-audit diff BEFORE.json AFTER.json`: which verdicts two JSON reports of the same
 * inputs disagree on. Exit 1 when any verdict flipped, 0 when none did, 2 when the reports
 * cannot be compared (not reports, or not of the same inputs: the message names them).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import {
  compareReports,
  DIFF_FORMAT_ENTRIES,
  DIFF_FORMATS,
  type DiffFormat,
  diffFormatFromExtension,
  IncomparableError,
  NOT_A_REPORT,
  parseReport,
  renderDiff,
} from '../../diff/index.js';
import { InputError } from '../../model/input.js';
import type { Lang } from '../../model/rule.js';
import { defaultLang } from '../../report/i18n.js';
import { inputError, usageError } from '../../messages/errors.js';
import { EXIT_OK, EXIT_VIOLATIONS } from '../exit-codes.js';
import type { Io } from '../io.js';
import { isSpecialFile, refuseBadOutput, writeOutput } from '../output.js';
import { refuseOutputOverInputs } from '../guards.js';
import { type RunState, wrap } from '../action.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { DIFF_HELP } from '../../messages/help-commands.js';

interface DiffCliOptions {
  format?: DiffFormat;
  output?: string;
  lang?: Lang;
}

async function readReport(path: string, cwd: string) {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError(
      NOT_A_REPORT,
      'INPUT_DIFF',
      { problem: 'unreadable', file: path, missing: code === 'ENOENT', detail: String(code) },
      path,
    );
  }
  return parseReport(text, path);
}

export function registerDiff(program: Command, io: Io, state: RunState): void {
  const h = inLang(DIFF_HELP, state.lang);
  program
    .command('diff')
    .description(h.description)
    .argument('<before>', h.arguments.before)
    .argument('<after>', h.arguments.after)
    .addOption(new Option('-f, --format <format>', h.options.format).choices(DIFF_FORMATS))
    .option('-o, --output <file>', h.options.output)
    .addOption(langOption(h.options.lang))
    .action(
      wrap(io, state, async (before: string, after: string, opts: DiffCliOptions) => {
        refuseBadOutput(opts.output, io.cwd, 'diff.txt');
        if (opts.output !== undefined) {
          const reads = [before, after].map((path) => ({ path, role: 'report' as const }));
          refuseOutputOverInputs(opts.output, reads, io.cwd);
        }
        let format = opts.format;
        if (!format && opts.output) {
          // A device or a FIFO (`-o /dev/null`) gets what a pipe gets, as with audit.
          format = diffFormatFromExtension(opts.output) ?? (isSpecialFile(resolve(io.cwd, opts.output)) ? 'json' : undefined);
          if (!format)
            throw usageError('USAGE_FORMAT_FROM_NAME', {
              name: basename(opts.output),
              extensions: DIFF_FORMAT_ENTRIES.flatMap((f) => f.extensions),
            });
        }
        format ??= io.stdoutIsTTY ? 'table' : 'json';
        const lang = opts.lang ?? defaultLang(io.env);
        const reports = [await readReport(before, io.cwd), await readReport(after, io.cwd)] as const;
        let d;
        try {
          d = compareReports(reports[0], reports[1]);
        } catch (err) {
          if (err instanceof IncomparableError) throw new InputError(err.code, err.message, undefined, undefined, err.said);
          throw err;
        }
        await writeOutput(io, opts.output, [renderDiff(d, format, { lang, width: width(io) })]);
        return d.flipped > 0 ? EXIT_VIOLATIONS : EXIT_OK;
      }),
    );
}

function width(io: Io): number {
  const cols = Number(io.env.COLUMNS);
  const w = Number.isInteger(cols) && cols > 0 ? cols : ((io.stdout as { columns?: number }).columns ?? 100);
  return Math.max(60, Math.min(w, 160));
}
