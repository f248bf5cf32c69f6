/**
 * `charter-audit sample`: writes a deterministic synthetic export (data only) to stdout or a
 * file. A closed pipe (`| head`) ends the run quietly with exit 0.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  type RawSampleOptions,
  SampleOptionError,
  resolveSampleOptions,
  sampleWorkingDays,
  writeSample,
} from '../../sample/index.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';
import { usageError } from '../../messages/errors.js';
import { langOption } from '../lang.js';

interface CommandOptions extends RawSampleOptions {
  output?: string;
}

export function registerSample(program: Command, io: Io, state: RunState): void {
  program
    .command('sample')
    .description('Write a deterministic synthetic export (calls, payments, complaints or contracts) for tests and benchmarks.')
    .option('--kind <kind>', 'calls | payments | complaints | contracts')
    .option('--rows <n>', 'number of data rows')
    .option('--seed <s>', 'random seed (same seed, same bytes)', '1')
    .option('--year <y>', 'year to fill (2018–2027)', undefined)
    .option('--from <date>', 'first day, YYYY-MM-DD (default 1 January of --year)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default 31 December)')
    .option('--days <n>', 'use only n working days, evenly spaced over the period')
    .option('--late-share <f>', 'share of late records (calls: of congested days)', '0.05')
    .option('--outbound-share <f>', 'calls: share of outbound care/happy calls', '0.01')
    .option('--korean', 'Korean headers, vocabulary and timestamp forms')
    .option('--encoding <enc>', 'utf-8 | cp949', 'utf-8')
    .option('--output <file>', 'write to a file instead of stdout')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  charter-audit sample --kind calls --rows 1000000 --seed 7 > calls.csv\n' +
        '  charter-audit sample --kind payments --rows 300 --seed 2025 --korean --encoding cp949 --output 대금.csv\n',
    )
    .action(
      wrap(io, state, async (opts: CommandOptions) => {
        let options;
        try {
          options = resolveSampleOptions(opts);
        } catch (err) {
          if (err instanceof SampleOptionError) throw new UsageError(`sample: ${err.message}`, err.said);
          throw err;
        }
        const work = sampleWorkingDays();
        if (opts.output === undefined || opts.output === '-') {
          await writeSample(options, io.stdout, work);
          return EXIT_OK;
        }
        const path = resolve(io.cwd, opts.output);
        const file = createWriteStream(path);
        const opened = new Promise<void>((ok, fail) => {
          file.once('open', () => ok());
          file.once('error', fail);
        });
        try {
          await opened;
        } catch (err) {
          throw usageError('USAGE_SAMPLE_OUTPUT', { output: opts.output, detail: (err as Error).message });
        }
        await writeSample(options, file, work);
        await new Promise<void>((ok, fail) => {
          file.once('error', fail);
          file.end(() => ok());
        });
        return EXIT_OK;
      }),
    );
}
