/**
 * Issue 12 item 9: at 80 columns the terminal table never cuts or splits a number, a duration or
 * a rule id; the department (text) gives up the room instead. Checked on the fixtures, all
 * violations (`--all`), Korean and English, 80 and 100 columns. The fixtures' working day is
 * 09:00–12:00 + 13:00–18:00 = 8 h (28,800 s), as `lateness` needs for day-based rules.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { labels, lateness } from '../../src/report/i18n.js';
import { runCli } from '../helpers/cli.js';

const FILES = ['complaints', 'payments', 'contracts', 'calls'].map((k) => `fixtures/${k}.csv`);
const BASE = ['audit', ...FILES, '--as-of', '2025-09-01', '--config', 'fixtures/charter-audit.config.json'];
const DAY = 28_800;

interface JsonViolation {
  rule: string;
  allowedWorkingSeconds: number | null;
  overWorkingSeconds: number | null;
}

const json = async () =>
  JSON.parse((await runCli([...BASE, '--format', 'json', '--fail-on', 'none'])).stdout) as {
    rules: { id: string }[];
    violations: JsonViolation[];
  };

/** How many times each text occurs in `texts`. */
const tally = (texts: readonly string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const s of texts) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
};

describe('the terminal table on a narrow terminal', () => {
  for (const width of [80, 100]) {
    for (const lang of ['ko', 'en'] as const) {
      it(`keeps every rule id and lateness whole on one line (${lang}, ${width} columns)`, async () => {
        const result = await json();
        const { stdout } = await runCli([...BASE, '--format', 'table', '--lang', lang, '--all', '--fail-on', 'none'], {
          env: { COLUMNS: String(width) },
        });
        const lines = stdout.split('\n');
        for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
        // Summary: one line per rule, starting with the whole rule id.
        for (const r of result.rules) expect(lines.some((l) => l.startsWith(`${r.id} `))).toBe(true);
        // Violations box: every rule id and every lateness is a whole cell line, each time it occurs.
        const cells = tally(lines.flatMap((l) => (l.startsWith('│') ? l.split('│').map((c) => c.trim()) : [])));
        const t = labels(lang);
        const wanted = tally(
          result.violations.flatMap((v) =>
            v.overWorkingSeconds === null ? [v.rule] : [v.rule, t.lateBy(lateness(v, DAY, lang))],
          ),
        );
        expect(wanted.size).toBeGreaterThan(20);
        // At least as often: a message may quote a rule id on a line of its own.
        for (const [text, count] of wanted) expect(cells.get(text) ?? 0, text).toBeGreaterThanOrEqual(count);
      });
    }
  }
});
