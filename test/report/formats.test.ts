/**
 * The format registry (issue 11): one list from which `--format`, the `--output` extensions and
 * the audit's dispatch are derived; and the streamed reports (issue 16 item 7): every format
 * yields chunks whose concatenation is the report, JSON byte for byte `JSON.stringify(…, null, 2)`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunks, formatCsv } from '../../src/report/csv.js';
import { formatHtml, htmlChunks } from '../../src/report/html.js';
import { formatMarkdown, mdChunks } from '../../src/report/markdown.js';
import { formatTable, tableChunks } from '../../src/report/table.js';
import {
  FORMATS,
  FORMAT_NAMES,
  OUTPUT_EXTENSIONS,
  formatByName,
  formatFromExtension,
  renderReport,
  renderToString,
} from '../../src/report/formats.js';
import { formatJson, jsonReportChunks, reportJson } from '../../src/report/json.js';
import { LazyList, jsonChunks } from '../../src/report/json-stream.js';
import type { Violation } from '../../src/model/result.js';
import { runCli } from '../helpers/cli.js';
import { options, sampleResult } from './factory.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'].map((f) => join(root, 'fixtures', f));
const RUN = [
  ...FIXTURES,
  '--config',
  join(root, 'fixtures', 'charter-audit.config.json'),
  '--as-of',
  '2025-09-01',
  '--lang',
  'en',
];

describe('the format registry', () => {
  it('names and extensions are unique, extensions lower-case with their dot', () => {
    expect(new Set(FORMAT_NAMES).size).toBe(FORMATS.length);
    expect(new Set(OUTPUT_EXTENSIONS).size).toBe(OUTPUT_EXTENSIONS.length);
    for (const e of OUTPUT_EXTENSIONS) expect(e).toMatch(/^\.[a-z0-9]+$/);
  });

  it('every entry either renders a finished result or streams violations, and says what it is', () => {
    for (const f of FORMATS) {
      expect('render' in f !== 'stream' in f, f.name).toBe(true);
      expect(f.description.length, f.name).toBeGreaterThan(0);
      expect(f.extensions.length, f.name).toBeGreaterThan(0);
    }
  });

  it('holds json, ndjson, table, csv, md and html', () => {
    for (const name of ['json', 'ndjson', 'table', 'csv', 'md', 'html']) expect(formatByName(name)?.name).toBe(name);
    expect(formatByName('nope')).toBeNull();
  });

  it('maps every extension it lists back to its format, case-insensitively', () => {
    for (const f of FORMATS) {
      for (const e of f.extensions) {
        expect(formatFromExtension(`out/report${e}`)).toBe(f.name);
        expect(formatFromExtension(`REPORT${e.toUpperCase()}`)).toBe(f.name);
      }
    }
    expect(formatFromExtension('v.jsonl')).toBe('ndjson');
    expect(formatFromExtension('q3.xyz')).toBeNull();
    expect(formatFromExtension('report')).toBeNull();
    expect(formatFromExtension('.csv')).toBeNull();
  });

  it('--format offers exactly the registry names', async () => {
    const r = await runCli(['audit', FIXTURES[0]!, '--format', 'bogus']);
    expect(r.code).toBe(2);
    const listed = /Allowed choices are (.*)\./.exec(r.stderr)?.[1]?.split(', ');
    expect(listed).toEqual([...FORMAT_NAMES]);
  });

  it.each(FORMATS.filter((f) => !f.binary).map((f) => [f.name, f.extensions[0]!] as const))(
    '%s: -o report%s writes the same bytes as --format to stdout (one dispatch for both)',
    async (name, ext) => {
      const dir = mkdtempSync(join(tmpdir(), 'charter-audit-formats-'));
      const piped = await runCli(['audit', ...RUN, '--format', name, '--fail-on', 'none']);
      expect(piped.code).toBe(0);
      expect(piped.stdout.length).toBeGreaterThan(0);
      const filed = await runCli(['audit', ...RUN, '-o', `report${ext}`, '--fail-on', 'none'], { cwd: dir });
      expect(filed.code).toBe(0);
      // The one difference: a CSV file starts with a BOM for Excel, stdout does not (issue 10).
      expect(readFileSync(join(dir, `report${ext}`), 'utf8')).toBe(name === 'csv' ? `\uFEFF${piped.stdout}` : piped.stdout);
    },
  );
});

/** A result with `n` violations, copies of the factory's, numbered. */
function manyViolations(n: number) {
  const base = sampleResult();
  const vs: Violation[] = [];
  for (let i = 0; i < n; i++) {
    const v = base.violations[i % base.violations.length]!;
    vs.push({ ...v, recordId: `${v.recordId}-${i}`, line: i + 2 });
  }
  return sampleResult({ violations: vs });
}

describe('streamed reports (issue 16 item 7)', () => {
  it('JSON comes in many bounded chunks that join to exactly JSON.stringify(report, null, 2)', () => {
    const result = manyViolations(20_000);
    const chunks = [...jsonReportChunks(result, 'en')];
    expect(chunks.length).toBeGreaterThan(20);
    for (const c of chunks) expect(c.length).toBeLessThan(128 * 1024);
    expect(chunks.join('')).toBe(`${JSON.stringify(reportJson(result, 'en'), null, 2)}\n`);
  });

  it('a huge field is a chunk of its own, never copied into a bigger string', () => {
    const big = 'x'.repeat(3_000_000);
    const result = sampleResult();
    const v = { ...result.violations[0]!, recordId: big, message: { en: `late: ${big}`, ko: `지연: ${big}` } };
    const huge = sampleResult({ violations: [v] });
    const chunks = [...jsonReportChunks(huge, 'en')];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(3_100_000);
    expect(chunks.join('')).toBe(`${JSON.stringify(reportJson(huge, 'en'), null, 2)}\n`);
    const ndjson = formatByName('ndjson')!;
    const line = 'stream' in ndjson ? ndjson.stream(v, options({ lang: 'en' })) : '';
    expect(Array.isArray(line)).toBe(true);
    expect((line as string[]).join('')).toBe(`${JSON.stringify(JSON.parse((line as string[]).join('')))}\n`);
  });

  it('the streaming serialiser equals JSON.stringify for any JSON value, indent and piece size', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 1, max: 100 }),
        (value, indent, small, size) => {
          expect([...jsonChunks(value, indent, size, small)].join('')).toBe(JSON.stringify(value, null, indent));
        },
      ),
    );
  });

  it('a lazy list serialises like the mapped array', () => {
    const lazy = { a: new LazyList([1, 2, 3], (x) => ({ x })), b: new LazyList([], (x) => x) };
    expect([...jsonChunks(lazy, 2)].join('')).toBe(JSON.stringify({ a: [{ x: 1 }, { x: 2 }, { x: 3 }], b: [] }, null, 2));
  });

  it('formatJson is the joined chunks', () => {
    const result = sampleResult({ groupBy: 'department' });
    expect(formatJson(result, { lang: 'ko' })).toBe(`${JSON.stringify(reportJson(result, 'ko'), null, 2)}\n`);
  });

  it('CSV comes in many chunks that join to the report', () => {
    const result = manyViolations(20_000);
    const o = options({ lang: 'en', bom: true });
    const chunks = [...csvChunks(result, o)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(chunks.join('')).toBe(formatCsv(result, o));
    expect(chunks.join('').split('\r\n\r\n')[0]!.split('\r\n')).toHaveLength(20_001);
  });

  it.each([
    ['md', mdChunks, formatMarkdown],
    ['html', htmlChunks, formatHtml],
    ['table', tableChunks, formatTable],
  ] as const)('%s with every violation comes in many bounded chunks that join to the report', (_name, chunks, whole) => {
    const result = manyViolations(20_000);
    const o = options({ lang: 'ko', limit: null });
    const parts = [...chunks(result, o)];
    expect(parts.length).toBeGreaterThan(20);
    for (const c of parts) expect(c.length).toBeLessThan(80 * 1024);
    expect(parts.join('')).toBe(whole(result, o));
    expect(parts.join('')).toContain(result.violations[19_999]!.recordId);
  });

  it('every format renders through the registry the same as renderToString', async () => {
    const result = sampleResult({ groupBy: 'month' });
    for (const f of FORMATS) {
      const parts: string[] = [];
      for await (const c of renderReport(f, result, options({ lang: 'ko' })))
        parts.push(typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
      expect(parts.join(''), f.name).toBe(await renderToString(f, result, options({ lang: 'ko' })));
    }
  });
});
