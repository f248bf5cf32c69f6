/**
 * `charter-audit columns [KIND]`: every header the reader accepts for each column (Korean and
 * English), its type, whether a row needs it, and every accepted value word — printed straight
 * from the kind tables, as text, JSON or Markdown (the README's tables are this Markdown).
 */
import { Argument, Option, type Command } from 'commander';
import { FLAG_WORDS, KINDS, KIND_TABLES, type Kind, columnsOf } from '../../model/records.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';

/** One column as listed. */
export interface ColumnListing {
  column: string;
  type: string;
  required: boolean;
  /** The Korean label, the other aliases, and the canonical name: every header accepted. */
  headers: string[];
  /** For `date`/`time`: the instant column the two halves make. */
  of?: string;
  /** Canonical value → accepted words. */
  values?: Record<string, string[]>;
  /** The value of a blank cell, when there is one. */
  fallback?: string;
}

/** The listing of one kind. @example listColumns('calls')[0]?.headers // => ['상담번호', '콜번호', 'id'] */
export function listColumns(kind: Kind): ColumnListing[] {
  return columnsOf(kind).map((s) => {
    const out: ColumnListing = { column: s.column, type: s.type, required: s.required === true, headers: [s.ko, ...s.aliases, s.column] };
    if (s.of !== undefined) out.of = s.of;
    if (s.values !== undefined) out.values = Object.fromEntries(Object.entries(s.values).map(([v, w]) => [v, [...w]]));
    if (s.type === 'flag') out.values = { true: [...FLAG_WORDS.true], false: [...FLAG_WORDS.false] };
    if (s.fallback !== undefined) out.fallback = s.fallback;
    return out;
  });
}

function typeText(c: ColumnListing): string {
  return c.of !== undefined ? `${c.type} of ${c.of}` : c.type;
}

function valuesText(c: ColumnListing, sep = '; '): string {
  if (c.values === undefined) return '';
  const words = Object.entries(c.values).map(([v, w]) => `${v} = ${w.join(', ')}`);
  return words.join(sep) + (c.fallback !== undefined ? `${sep}blank = ${c.fallback}` : '');
}

/**
 * The Markdown tables of the given kinds (the README carries exactly this).
 *
 * @example columnsMarkdown(['payments']).startsWith('### payments (대금지급)') // => true
 */
export function columnsMarkdown(kinds: readonly Kind[] = KINDS): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const out: string[] = [];
  for (const kind of kinds) {
    out.push(`### ${kind} (${KIND_TABLES[kind].ko})`, '', '| column | type | needed | headers accepted | value words |', '|---|---|---|---|---|');
    for (const c of listColumns(kind)) {
      out.push(`| \`${c.column}\` | ${typeText(c)} | ${c.required ? 'yes' : ''} | ${cell(c.headers.join(', '))} | ${cell(valuesText(c))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The listing as text for a terminal. */
export function formatColumns(kinds: readonly Kind[]): string {
  const out: string[] = [];
  for (const kind of kinds) {
    const rows = listColumns(kind);
    out.push(`${kind} (${KIND_TABLES[kind].ko})`);
    const w = Math.max(...rows.map((c) => c.column.length));
    const t = Math.max(...rows.map((c) => typeText(c).length));
    for (const c of rows) {
      out.push(`  ${c.column.padEnd(w)}  ${typeText(c).padEnd(t)}  ${c.required ? 'needed  ' : '        '}${c.headers.join(', ')}`);
      if (c.values !== undefined) out.push(`  ${' '.repeat(w)}  ${' '.repeat(t)}          values: ${valuesText(c)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function registerColumns(program: Command, io: Io, state: RunState): void {
  program
    .command('columns')
    .description('list every accepted header (Korean and English) and value word, per kind of export')
    .addArgument(new Argument('[kind]', 'one kind').choices(KINDS))
    .addOption(new Option('--format <format>', 'text, json or markdown').choices(['text', 'json', 'markdown']).default('text'))
    .option('--json', 'same as --format json')
    .addHelpText('after', '\nExamples:\n  charter-audit columns\n  charter-audit columns payments --format markdown\n')
    .action(
      wrap(io, state, async (kind: Kind | undefined, opts: { format: string; json?: boolean }) => {
        const kinds = kind === undefined ? KINDS : [kind];
        const format = opts.json ? 'json' : opts.format;
        if (format === 'json') io.stdout.write(`${JSON.stringify(Object.fromEntries(kinds.map((k) => [k, listColumns(k)])), null, 2)}\n`);
        else if (format === 'markdown') io.stdout.write(columnsMarkdown(kinds));
        else io.stdout.write(formatColumns(kinds));
        return EXIT_OK;
      }),
    );
}
