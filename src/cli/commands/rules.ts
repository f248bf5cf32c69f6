import type { Command } from 'commander';
import { findConfig } from '../../api/setup.js';
import type { Lang } from '../../model/rule.js';
import { defaultLang } from '../../report/i18n.js';
import { formatRuleList, listRules } from '../../config/listing.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { RULES_HELP } from '../../messages/help-commands.js';

export function registerRules(program: Command, io: Io, state: RunState): void {
  const h = inLang(RULES_HELP, state.lang);
  program
    .command('rules')
    .description(h.description)
    .option('--json', h.options.json)
    .addOption(langOption(h.options.lang))
    .option('-c, --config <file>', h.options.config)
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
