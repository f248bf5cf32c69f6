/**
 * `charter-audit columns [KIND]`: every header the reader accepts for each column (Korean and
 * English), its type, whether a row needs it, and every accepted value word — printed straight
 * from the kind tables, as text, JSON or Markdown (the README's tables are this Markdown).
 */
import { Argument, Option, type Command } from 'commander';
import { FLAG_WORDS, KINDS, KIND_TABLES, type Kind, columnsOf } from '../../model/records.js';
import { findConfig } from '../../api/setup.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { COLUMNS_HELP } from '../../messages/help-commands.js';
import type { Lang } from '../../model/rule.js';
import type { ColumnType } from '../../model/kinds.js';
import { columnTypeText, VALUE_WORDS } from '../../messages/listing-words.js';
import { displayWidth } from '../../report/box.js';

/** The config's `values`: kind → column → word → canonical value. */
type OwnValues = Readonly<Partial<Record<Kind, Readonly<Record<string, Readonly<Record<string, string>>>>>>>;

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

/**
 * The listing of one kind; `words` (the config's `values` for the kind) adds an office's own
 * words after the built-in ones, marked `(config)`.
 *
 * @example listColumns('calls')[0]?.headers // => ['상담번호', '콜번호', 'id']
 */
export function listColumns(kind: Kind, words: Readonly<Record<string, Readonly<Record<string, string>>>> = {}): ColumnListing[] {
  return columnsOf(kind).map((s) => {
    const out: ColumnListing = {
      column: s.column,
      type: s.type,
      required: s.required === true,
      headers: [s.ko, ...s.aliases, s.column],
    };
    if (s.of !== undefined) out.of = s.of;
    if (s.values !== undefined) {
      out.values = Object.fromEntries(Object.entries(s.values).map(([v, w]) => [v, [...w]]));
      for (const [word, value] of Object.entries(words[s.column] ?? {})) out.values[value]?.push(`${word} (config)`);
    }
    if (s.type === 'flag') {
      out.values = { true: [...FLAG_WORDS.true], false: [...FLAG_WORDS.false] };
      for (const [word, value] of Object.entries(words[s.column] ?? {})) out.values[value]?.push(`${word} (config)`);
    }
    if (s.fallback !== undefined) out.fallback = s.fallback;
    return out;
  });
}

function typeText(c: ColumnListing, lang: Lang = 'en'): string {
  return columnTypeText(c.type as ColumnType, c.of, lang);
}

function valuesText(c: ColumnListing, sep = '; ', lang: Lang = 'en'): string {
  if (c.values === undefined) return '';
  // The listing marks an office's own word "(config)"; Korean says it as 설정.
  const mark = (w: string) => (lang === 'en' ? w : w.replace(/ \(config\)$/, ` (${VALUE_WORDS.config[lang]})`));
  const words = Object.entries(c.values).map(([v, w]) => `${v} = ${w.map(mark).join(', ')}`);
  return words.join(sep) + (c.fallback !== undefined ? `${sep}${VALUE_WORDS.blank[lang]} = ${c.fallback}` : '');
}

/**
 * The Markdown tables of the given kinds (the README carries exactly this).
 *
 * @example columnsMarkdown(['payments']).startsWith('### payments (대금지급)') // => true
 */
export function columnsMarkdown(kinds: readonly Kind[] = KINDS, values: OwnValues = {}): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const out: string[] = [];
  for (const kind of kinds) {
    out.push(
      `### ${kind} (${KIND_TABLES[kind].ko})`,
      '',
      '| column | type | needed | headers accepted | value words |',
      '|---|---|---|---|---|',
    );
    for (const c of listColumns(kind, values[kind])) {
      out.push(
        `| \`${c.column}\` | ${typeText(c)} | ${c.required ? 'yes' : ''} | ${cell(c.headers.join(', '))} | ${cell(valuesText(c))} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** The listing's own words per language (the names, types and value words are the data's). */
const COLUMN_WORDS = {
  en: { needed: 'needed  ', blank: '        ', values: 'values: ' },
  ko: { needed: '필수    ', blank: '        ', values: '값:     ' },
} as const;

/** The listing as text for a terminal, in `lang`. */
export function formatColumns(kinds: readonly Kind[], values: OwnValues = {}, lang: Lang = 'en'): string {
  const words = COLUMN_WORDS[lang];
  const out: string[] = [];
  for (const kind of kinds) {
    const rows = listColumns(kind, values[kind]);
    out.push(`${kind} (${KIND_TABLES[kind].ko})`);
    const w = Math.max(...rows.map((c) => c.column.length));
    const t = Math.max(...rows.map((c) => displayWidth(typeText(c, lang))));
    for (const c of rows) {
      const type = typeText(c, lang);
      out.push(
        `  ${c.column.padEnd(w)}  ${type}${' '.repeat(t - displayWidth(type))}  ${c.required ? words.needed : words.blank}${c.headers.join(', ')}`,
      );
      if (c.values !== undefined)
        out.push(`  ${' '.repeat(w)}  ${' '.repeat(t)}          ${words.values}${valuesText(c, '; ', lang)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function registerColumns(program: Command, io: Io, state: RunState): void {
  const h = inLang(COLUMNS_HELP, state.lang);
  program
    .command('columns')
    .description(h.description)
    .addArgument(new Argument('[kind]', h.arguments.kind).choices(KINDS))
    .addOption(new Option('--format <format>', h.options.format).choices(['text', 'json', 'markdown']).default('text'))
    .option('--json', h.options.json)
    .addOption(langOption(h.options.lang))
    .option('-c, --config <file>', h.options.config)
    .addHelpText('after', h.examples)
    .action(
      wrap(io, state, async (kind: Kind | undefined, opts: { format: string; json?: boolean; config?: string }) => {
        const kinds = kind === undefined ? KINDS : [kind];
        const format = opts.json ? 'json' : opts.format;
        const values = (await findConfig(opts.config, io.cwd)).values ?? {};
        if (format === 'json') {
          io.stdout.write(`${JSON.stringify(Object.fromEntries(kinds.map((k) => [k, listColumns(k, values[k])])), null, 2)}\n`);
        } else if (format === 'markdown') io.stdout.write(columnsMarkdown(kinds, values));
        else io.stdout.write(formatColumns(kinds, values, state.lang));
        return EXIT_OK;
      }),
    );
}
