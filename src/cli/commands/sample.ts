/**
 * `charter-audit sample`: writes a deterministic synthetic export (data only) to stdout or a
 * file. A closed pipe (`| head`) ends the run quietly with exit 0.
 */
import type { Command } from 'commander';
import {
  type RawSampleOptions,
  SampleOptionError,
  resolveSampleOptions,
  sampleWorkingDays,
  sampleChunks,
} from '../../sample/index.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';
import { refuseBadOutput, writeOutput } from '../output.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { SAMPLE_HELP } from '../../messages/help-commands.js';

interface CommandOptions extends RawSampleOptions {
  output?: string;
}

export function registerSample(program: Command, io: Io, state: RunState): void {
  const h = inLang(SAMPLE_HELP, state.lang);
  program
    .command('sample')
    .description(h.description)
    .option('--kind <kind>', h.options.kind)
    .option('--rows <n>', h.options.rows)
    .option('--seed <s>', h.options.seed, '1')
    .option('--year <y>', h.options.year, undefined)
    .option('--from <date>', h.options.from)
    .option('--to <date>', h.options.to)
    .option('--days <n>', h.options.days)
    .option('--late-share <f>', h.options.lateShare, '0.05')
    .option('--outbound-share <f>', h.options.outboundShare, '0.01')
    .option('--korean', h.options.korean)
    .option('--encoding <enc>', h.options.encoding, 'utf-8')
    .option('--output <file>', h.options.output)
    .addOption(langOption(h.options.lang))
    .addHelpText('after', h.examples)
    .action(
      wrap(io, state, async (opts: CommandOptions) => {
        let options;
        try {
          options = resolveSampleOptions(opts);
        } catch (err) {
          if (err instanceof SampleOptionError) throw new UsageError(`sample: ${err.message}`, err.said);
          throw err;
        }
        const file = opts.output === '-' ? undefined : opts.output;
        refuseBadOutput(file, io.cwd, 'sample.csv');
        await writeOutput(io, file, sampleChunks(options, sampleWorkingDays()));
        return EXIT_OK;
      }),
    );
}
