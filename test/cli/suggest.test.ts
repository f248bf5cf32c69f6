/**
 * The CLI's did-you-mean (`cli/suggest.ts`) is commander's: for typos of real flags and command
 * names, the candidates it gives are the ones a plain commander program prints in its English.
 */
import { Command, CommanderError } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similar } from '../../src/cli/suggest.js';
import { fakeIo } from '../helpers/cli.js';
import { buildProgram } from '../../src/cli/program.js';

const program = buildProgram(fakeIo(), { exitCode: 0, lang: 'en' });
const audit = program.commands.find((c) => c.name() === 'audit')!;
const FLAGS = [...audit.options.map((o) => o.long!).filter(Boolean), '--help'];
const NAMES = [...program.commands.map((c) => c.name()), 'help'];

/** What plain commander suggests (read from its English: this test only). */
function commanders(make: () => Command, args: string[]): string[] {
  const cmd = make().exitOverride().showSuggestionAfterError(true);
  cmd.configureOutput({ writeErr: () => {}, writeOut: () => {}, outputError: () => {} });
  try {
    cmd.parse(args, { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    const m = /\(Did you mean (?:one of )?(.*)\?\)/.exec(err.message);
    return m ? m[1]!.split(', ') : [];
  }
  return [];
}

const plainAudit = () => {
  const cmd = new Command();
  for (const f of FLAGS.filter((f) => f !== '--help')) cmd.option(f);
  return cmd;
};
const plainProgram = () => {
  const cmd = new Command();
  for (const n of NAMES.filter((n) => n !== 'help')) cmd.command(n).action(() => {});
  return cmd;
};

/** A word with up to three random edits (insert, delete, replace, swap), letters and dashes only. */
const typo = (words: readonly string[], keep: number) =>
  fc
    .tuple(
      fc.constantFrom(...words),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom('ins', 'del', 'rep', 'swap'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-')),
        {
          maxLength: 3,
        },
      ),
    )
    .map(([word, edits]) => {
      let w = word;
      for (const [at, op, ch] of edits) {
        const i = keep + (at % Math.max(1, w.length - keep));
        if (op === 'ins') w = w.slice(0, i) + ch + w.slice(i);
        else if (op === 'del' && w.length > keep + 1) w = w.slice(0, i) + w.slice(i + 1);
        else if (op === 'rep') w = w.slice(0, i) + ch + w.slice(i + 1);
        else if (op === 'swap' && i + 1 < w.length) w = w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2);
      }
      return w;
    });

describe("the did-you-mean is commander's", () => {
  it('for unknown options', () => {
    fc.assert(
      fc.property(
        typo(FLAGS, 2).filter((t) => !FLAGS.includes(t) && !t.startsWith('---') && !t.includes('=')),
        (t) => {
          expect(similar(t, FLAGS)).toEqual(commanders(plainAudit, [t]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for unknown commands', () => {
    fc.assert(
      fc.property(
        typo(NAMES, 0).filter((t) => !NAMES.includes(t) && t !== '' && !t.startsWith('-')),
        (t) => {
          expect(similar(t, NAMES)).toEqual(commanders(plainProgram, [t]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every candidate at the best distance, sorted', () => {
    expect(similar('--fo', ['--to', '--go', '--from'])).toEqual(['--go', '--to']);
    expect(similar('--zzzzzz', ['--format'])).toEqual([]);
  });
});
