import { Option, type Command } from 'commander';
import { defaultConfig, loadConfig } from '../../config/index.js';
import type { Lang } from '../../model/rule.js';
import { formatRuleList, listRules } from '../../rules/listing.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../program.js';

function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function registerRules(program: Command, io: Io, state: RunState): void {
  program
    .command('rules')
    .description('list the charter rules: id, kind, title, threshold, severity, basis and the clause (Korean)')
    .option('--json', 'print the list as JSON (stable key and rule order)')
    .addOption(new Option('--lang <lang>', 'language of titles and thresholds (default: from LANG)').choices(['ko', 'en']))
    .option('-c, --config <file>', 'show the rules as this config file sets them')
    .action(
      wrap(io, state, async (opts: { json?: boolean; lang?: Lang; config?: string }) => {
        const config = opts.config ? await loadConfig(opts.config, io.cwd) : defaultConfig();
        const rules = listRules(config);
        if (opts.json) io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
        else io.stdout.write(formatRuleList(rules, opts.lang ?? langFromEnv(io.env)));
        return EXIT_OK;
      }),
    );
}
