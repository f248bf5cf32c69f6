/**
 * The built CLI run in one language set-up at a time, for the `--lang` tests: `--lang en` under a
 * Korean locale, `--lang ko` under an English one, and the Korean locale alone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');

/** `cli` and `both` for a test whose files are in `dir()` (read at each call, set in `beforeAll`). */
export function langCli(dir: () => string) {
  /** The built CLI in `dir()`, under `LANG` (the locale) unless LC_ALL/LC_MESSAGES say otherwise. */
  function cli(args: readonly string[], lang: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: lang };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir(), encoding: 'utf8', env });
    return { code: r.status, stderr: r.stderr };
  }

  /** The same error in English (`--lang en` under a Korean locale) and in Korean (`--lang ko`; the locale alone). */
  function both(args: readonly string[], en: string | RegExp, ko: string | RegExp) {
    const english = cli([...args, '--lang', 'en'], 'ko_KR.UTF-8');
    expect(english.code).toBe(2);
    if (typeof en === 'string') expect(english.stderr).toBe(en);
    else expect(english.stderr).toMatch(en);
    const korean = cli([...args, '--lang', 'ko'], 'en_US.UTF-8');
    expect(korean.code).toBe(2);
    if (typeof ko === 'string') expect(korean.stderr).toBe(ko);
    else expect(korean.stderr).toMatch(ko);
    expect(cli(args, 'ko_KR.UTF-8').stderr).toBe(korean.stderr);
  }

  return { cli, both };
}
