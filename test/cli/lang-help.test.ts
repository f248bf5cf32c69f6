/**
 * `--help` in the run's language, from the built CLI: every command's help (and the program's)
 * under `--lang ko` and under the Korean locale alone has no English left but flags,
 * placeholders, names of kinds, formats, encodings, files and commands; in English it is the page
 * commander always wrote (test/cli/help-en/*.txt, kept from before the help was worded).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { KINDS } from '../../src/model/records.js';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { fakeIo } from '../helpers/cli.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');

function cli(args: readonly string[], lang: string): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const program = buildProgram(fakeIo(), { exitCode: 0, lang: 'en' });
const COMMANDS = program.commands.map((c) => c.name());
const ARGUMENTS = program.commands.flatMap((c) => c.registeredArguments.map((a) => a.name()));

/** Latin words a Korean help page may hold: names, not sentences. */
const NAMES = new Set([
  'charter-audit',
  'help',
  ...COMMANDS,
  ...ARGUMENTS,
  ...KINDS,
  ...FORMAT_NAMES,
  'text',
  'markdown',
  ...['utf-8', 'cp949', 'ms949', 'uhc', 'euc-kr', 'ks_c_5601-1987', 'utf-16le', 'utf-16le/be', 'UTF-8'],
  ...['CSV', 'JSON', 'Excel', 'BOM', 'KST', 'YYYY-MM-DD', 'YYYYQn', 'LANG', 'LC_ALL', 'LC_MESSAGES'],
  'reading:NAME',
  'auto',
  'complaint.statutory',
]);

/**
 * The Latin words of a help page that are not names: quoted values, `<placeholders>`, flags,
 * file names and example command lines are taken out first.
 */
function englishLeft(page: string): string[] {
  const left: string[] = [];
  for (const line of page.split('\n')) {
    if (/^\s+charter-audit /.test(line)) continue; // an example command line
    const rest = line
      .replace(/"[^"]*"/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/(^|[\s(,])--?[A-Za-z][\w-]*/g, ' ')
      .replace(/[\w./-]*\.(csv|json|xlsx)\b/g, ' ');
    for (const m of rest.matchAll(/(?<![\w.])[A-Za-z][\w./:-]*/g)) {
      const word = m[0].replace(/[.:]+$/, '');
      if (word.length > 1 && !NAMES.has(word)) left.push(word);
    }
  }
  return left;
}

const PAGES: readonly (readonly string[])[] = [[], ...COMMANDS.map((c) => [c])];

describe('--help in Korean', () => {
  it.each(PAGES.map((p) => [p.join(' ') || '(program)', p] as const))('%s', (_name, command) => {
    const korean = cli([...command, '--help', '--lang', 'ko'], 'en_US.UTF-8');
    expect(korean.code).toBe(0);
    expect(korean.stdout).toMatch(/^사용법: charter-audit /);
    expect(englishLeft(korean.stdout)).toEqual([]);
    // The locale alone gives the same page, and so does `help COMMAND`.
    expect(cli([...command, '--help'], 'ko_KR.UTF-8').stdout).toBe(korean.stdout);
    expect(cli(['help', ...command], 'ko_KR.UTF-8').stdout).toBe(korean.stdout);
  });

  it('the check finds English: it is not blind', () => {
    expect(englishLeft('Usage: charter-audit [options]\n  -h, --help  display help for command\n')).toEqual([
      'Usage',
      'options',
      'display',
      'for',
      'command',
    ]);
  });

  it('no command at all shows the Korean help on stderr', () => {
    const r = cli([], 'ko_KR.UTF-8');
    expect(r.stderr).toMatch(/^사용법: charter-audit \[옵션\] \[명령\]\n/);
    expect(englishLeft(r.stderr)).toEqual([]);
  });
});

describe('--help in English is the page it always was', () => {
  it.each(PAGES.map((p) => [p[0] ?? 'program', p] as const))('%s', (name, command) => {
    const expected = readFileSync(join(import.meta.dirname, 'help-en', `${name}.txt`), 'utf8');
    expect(cli([...command, '--help'], 'C').stdout).toBe(expected);
    expect(cli([...command, '--help', '--lang', 'en'], 'ko_KR.UTF-8').stdout).toBe(expected);
  });

  it('Korean in a description counts two columns: the program page wraps within 80', () => {
    const page = cli(['--help'], 'C').stdout;
    expect(page).toContain('Audit 조달서비스헌장 (Public Procurement Service charter) deadlines in Korean\nworking time.\n');
  });
});
