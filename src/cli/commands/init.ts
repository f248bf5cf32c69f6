/**
 * `charter-audit init`: writes a starter `charter-audit.config.json` (every threshold at the
 * charter's value, an empty standard-days table, a `values` example) whose `$schema` points at
 * the JSON Schema shipped in the package, so an editor completes and checks it. Never
 * overwrites a file unless `--force`.
 */
import { renderMessage } from '../../messages/catalog.js';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CONFIG_FILE_NAME, normalizeConfig } from '../../config/normalize.js';
import { SCHEMA_FILE, starterConfig } from '../../config/starter.js';
import { inputError } from '../../messages/errors.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { INIT_HELP } from '../../messages/help-commands.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';
import { refuseBadOutput, writeOutput } from '../output.js';

/** The package's root folder: the nearest folder above this module holding `schema/`. */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'schema', SCHEMA_FILE)) && existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/** `$schema` as seen from the config's folder: a relative path with forward slashes. */
export function schemaRef(configDir: string, root = packageRoot()): string {
  const rel = relative(configDir, join(root, 'schema', SCHEMA_FILE))
    .split(sep)
    .join('/');
  return rel.startsWith('.') || rel.startsWith('/') ? rel : `./${rel}`;
}

export function registerInit(program: Command, io: Io, state: RunState): void {
  const h = inLang(INIT_HELP, state.lang);
  program
    .command('init')
    .description(h.description)
    .option('-o, --output <file>', h.options.output)
    .option('--force', h.options.force)
    .addOption(langOption(h.options.lang))
    .addHelpText('after', h.examples)
    .action(
      wrap(io, state, async (opts: { output?: string; force?: boolean }) => {
        const shown = opts.output ?? CONFIG_FILE_NAME;
        refuseBadOutput(shown, io.cwd, CONFIG_FILE_NAME);
        const target = resolve(io.cwd, shown);
        if (existsSync(target) && !opts.force) {
          throw inputError('CONFIG_EXISTS', 'INPUT_CONFIG_EXISTS', { file: shown }, shown);
        }
        const config = starterConfig(schemaRef(dirname(target)));
        const text = `${JSON.stringify(config, null, 2)}\n`;
        normalizeConfig(JSON.parse(text), shown); // what init writes always loads
        await writeOutput(io, shown, [text]);
        io.stderr.write(`charter-audit: ${renderMessage({ code: 'CLI_INIT_WROTE', data: { file: shown } }, state.lang)}\n`);
        return EXIT_OK;
      }),
    );
}
