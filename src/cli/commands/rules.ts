import { Option, type Command } from 'commander';
import { findConfig } from '../../api/setup.js';
import type { Lang } from '../../model/rule.js';
import { defaultLang } from '../../report/i18n.js';
import { formatRuleList, listRules } from '../../config/listing.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';

export function registerRules(program: Command, io: Io, state: RunState): void {
  program
    .command('rules')
    .description('list the charter rules: id, kind, title, threshold, severity, basis and the clause (Korean)')
    .option('--json', 'print the list as JSON (stable key and rule order)')
    .addOption(new Option('--lang <lang>', 'language of titles and thresholds (default: from LANG)').choices(['ko', 'en']))
    .option(
      '-c, --config <file>',
      'show the rules as this config file sets them (default: ./charter-audit.config.json when present)',
    )
    .action(
      wrap(io, state, async (opts: { json?: boolean; lang?: Lang; config?: string }) => {
        const config = await findConfig(opts.config, io.cwd);
        const rules = listRules(config);
        if (opts.json) io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
        else io.stdout.write(formatRuleList(rules, opts.lang ?? defaultLang(io.env)));
        return EXIT_OK;
      }),
    );
}
