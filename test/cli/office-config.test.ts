/**
 * Their own words: the config's `values` map, Korean words wherever the config names a vocabulary
 * value (a standardDays table keyed 총액계약), `charter-audit init` and its JSON Schema, and
 * `charter-audit columns` — through the CLI, on CP949 exports as Korean Excel saves them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnsMarkdown, listColumns } from '../../src/cli/commands/columns.js';
import { configSchema, normalizeConfig } from '../../src/config/index.js';
import { KINDS } from '../../src/model/records.js';
import { runCli } from '../helpers/cli.js';
import { kstCell, writeWorkbook } from '../helpers/xlsx.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
const at = (name: string) => join(dir, name);
const cli = (args: readonly string[]) => runCli(args, { cwd: dir });
const COMMON = ['--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none'];

interface Report {
  inputs: { rows: number; evaluated: number; rejected: number; outOfPeriod: number; summary?: number }[];
  rules: { id: string; evaluated: number; notEvaluatedReason?: unknown }[];
  rejected: unknown[];
  warnings: { code: string; message: string }[];
}

const COMPLAINTS = [
  '2025년 3월 민원 접수 현황,,,,',
  '민원번호,접수일시,처리일시,접수경로,민원유형',
  'C-1,2025-03-04 09:00,2025-03-04 11:00,국민신문고,고충',
  'C-2,2025-03-04 10:00,2025-03-05 10:00,이메일,제안',
  'C-3,2025-03-05 09:00,2025-03-05 10:00,전화,질의',
  '합계,3건,,,',
].join('\r\n');
const PAYMENTS = [
  '청구번호,청구일시,지급일시,지급주체',
  'P-1,2025-03-04 09:00,2025-03-04 10:00,조달청(본청)',
  'P-2,2025-03-04 09:00,2025-03-04 10:00,수요기관',
].join('\r\n');
const CONTRACTS = [
  '계약번호,계약유형,구분,조달요청접수일시,계약체결일시',
  'K-1,총액계약,물품,2025-03-04 09:00,2025-03-10 10:00',
  'K-2,총액계약,시설공사,2025-03-04 09:00,2025-03-06 10:00',
  'K-3,단가계약,물품,2025-03-04 09:00,2025-03-05 10:00',
].join('\r\n');
const CONFIG = {
  values: {
    complaints: { channel: { 국민신문고: 'web', 이메일: 'web' }, type: { 고충: 'petition', 제안: '건의' } },
    payments: { payer: { '조달청(본청)': 'pps' } },
  },
  standardDays: { 총액계약: 3, '총액계약/시설공사': 10 },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-words-'));
  writeFileSync(at('민원.csv'), iconv.encode(`${COMPLAINTS}\r\n`, 'cp949'));
  writeFileSync(at('대금.csv'), iconv.encode(`${PAYMENTS}\r\n`, 'cp949'));
  writeFileSync(at('계약.csv'), iconv.encode(`${CONTRACTS}\r\n`, 'cp949'));
  writeFileSync(at('office.config.json'), JSON.stringify(CONFIG));
});

describe('the values map turns their words into the canonical ones', () => {
  it('without it, their words are unreadable values (warned, the rules needing them skip the row)', async () => {
    const report = JSON.parse((await cli(['audit', '민원.csv', '대금.csv', ...COMMON])).stdout) as Report;
    const unread = report.warnings.filter((w) => w.code === 'UNREADABLE_VALUE').map((w) => w.message);
    expect(unread).toHaveLength(5);
    expect(unread[0]).toContain('접수경로 "국민신문고" is not a known channel');
    for (const i of report.inputs) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected + (i.summary ?? 0));
  });

  it('with it, every row reads clean, in CP949 as Korean Excel saves it', async () => {
    const report = JSON.parse(
      (await cli(['audit', '민원.csv', '대금.csv', '--config', 'office.config.json', ...COMMON])).stdout,
    ) as Report;
    expect(report.rejected).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'UNREADABLE_VALUE')).toEqual([]);
    expect(report.inputs.map((i) => [i.rows, i.evaluated, i.summary ?? 0])).toEqual([
      [4, 3, 1],
      [2, 2, 0],
    ]);
    for (const i of report.inputs) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected + (i.summary ?? 0));
    // 조달청(본청) is pps: four-hours judges P-1; P-2 is agency-paid, not applicable.
    expect(report.rules.find((r) => r.id === 'payment.four-hours')).toMatchObject({ evaluated: 1 });
  });

  it('yes/no columns take their words too (true/false, or any accepted yes/no word)', async () => {
    writeFileSync(at('calls.csv'), '상담번호,인입일시,대기안내\nT-1,2025-03-04 09:00,안내함\nT-2,2025-03-04 09:05,안내안함\n');
    writeFileSync(
      at('flags.config.json'),
      JSON.stringify({ values: { calls: { wait_announced: { 안내함: '예', 안내안함: 'false' } } } }),
    );
    const r = await cli(['inspect', 'calls.csv', '--config', 'flags.config.json', '--json']);
    const report = JSON.parse(r.stdout) as { warnings: number; samples: { waitAnnounced: boolean }[] };
    expect(report.warnings).toBe(0);
    expect(report.samples.map((x) => x.waitAnnounced)).toEqual([true, false]);
    const without = JSON.parse((await cli(['inspect', 'calls.csv', '--json'])).stdout) as { warnings: number };
    expect(without.warnings).toBe(2);
  });

  it('inspect reads the same words from the config', async () => {
    const r = await cli(['inspect', '민원.csv', '--config', 'office.config.json', '--json']);
    const samples = (JSON.parse(r.stdout) as { samples: { channel: string; type: string }[] }).samples;
    expect(samples.map((s) => [s.channel, s.type])).toEqual([
      ['web', 'petition'],
      ['web', 'suggestion'],
      ['phone', 'inquiry'],
    ]);
  });

  it.each([
    [{ values: { complaint: {} } }, 'values.complaint is not a kind; did you mean "complaints"?'],
    [
      { values: { complaints: { chanel: {} } } },
      'values.complaints.chanel is not a complaints column with value words; did you mean "channel"?',
    ],
    [
      { values: { complaints: { channel: { 국민신문고: 'webb' } } } },
      'values.complaints.channel["국민신문고"]: found "webb"; expected a channel value (인터넷/web',
    ],
    [{ values: { complaints: { received_at: {} } } }, 'is not a complaints column with value words'],
    [{ standardDays: { '총액계약/우주': 3 } }, 'standardDays["총액계약/우주"] has category "우주"'],
    [{ standardDays: { 총액계약: 3, total: 4 } }, 'names total again'],
  ])('a wrong entry is one line naming it, with did-you-mean: %j', async (config, message) => {
    writeFileSync(at('bad.config.json'), JSON.stringify(config));
    const r = await cli(['audit', '민원.csv', '--config', 'bad.config.json', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});

describe('a workbook: the same words, and a date and a time in two typed cells', () => {
  it('reads 접수일자 (a date cell) + 접수시간 (a time cell) as one instant, and their words through values', async () => {
    await writeWorkbook(at('민원.xlsx'), [
      {
        name: '민원',
        rows: [
          ['2025년 3월 민원 접수 현황'],
          ['민원번호', '접수일자', '접수시간', '처리일시', '접수경로', '민원유형'],
          [
            'C-1',
            kstCell('2025-03-04', 'yyyy-mm-dd'),
            kstCell('1899-12-30 14:05', 'hh:mm'),
            kstCell('2025-03-04 16:00'),
            '국민신문고',
            '고충',
          ],
          ['합계', '1건', null, null, null, null],
        ],
      },
    ]);
    const r = await cli(['inspect', '민원.xlsx', '--config', 'office.config.json', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      rows: number;
      summary: number;
      rejected: number;
      samples: Record<string, unknown>[];
      warnings: number;
    };
    expect(report).toMatchObject({ rows: 2, summary: 1, rejected: 0, warnings: 0 });
    expect(report.samples.map((x) => [x.receivedAt, x.channel, x.type])).toEqual([
      ['2025-03-04T14:05:00+09:00', 'web', 'petition'],
    ]);
  });
});

describe('Korean words wherever the config names a vocabulary value', () => {
  it('a standardDays table keyed 총액계약 (and 총액계약/시설공사) evaluates the 총액계약 contracts', async () => {
    const report = JSON.parse((await cli(['audit', '계약.csv', '--config', 'office.config.json', ...COMMON])).stdout) as Report;
    const rule = report.rules.find((r) => r.id === 'contract.standard-days')!;
    expect(rule.notEvaluatedReason).toBeUndefined();
    expect(rule.evaluated).toBe(2);
    expect(report.warnings.map((w) => w.code)).not.toContain('STANDARD_DAYS_UNMATCHED');
  });

  it('the keys are canonical once loaded', () => {
    const config = normalizeConfig({ standardDays: { 총액계약: 3, '단가계약/물품': 5, '총액계약/시설공사': 10 } }, 'c.json');
    expect(config.standardDays).toEqual({ total: 3, 'unit-price/goods': 5, 'total/construction': 10 });
  });
});

describe('charter-audit init', () => {
  it('writes a starter config that loads, with every threshold at the charter value and $schema pointing at the shipped schema', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'charter-audit-init-'));
    const r = await runCli(['init'], { cwd: sub });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote charter-audit.config.json');
    const text = readFileSync(join(sub, 'charter-audit.config.json'), 'utf8');
    const config = JSON.parse(text) as Record<string, unknown> & {
      $schema: string;
      rules: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(config)[0]).toBe('$schema');
    const schemaPath = resolve(sub, config.$schema);
    expect(existsSync(schemaPath)).toBe(true);
    expect(JSON.parse(readFileSync(schemaPath, 'utf8'))).toEqual(configSchema());
    expect(config.standardDays).toEqual({});
    expect(config.values).toMatchObject({ payments: { payer: { '조달청(본청)': 'pps' } } });
    expect(config.rules['payment.four-hours']).toEqual({ hours: 4 });
    const loaded = normalizeConfig(config, 'charter-audit.config.json');
    expect(loaded.rules['payment.four-hours']!.options).toMatchObject({ hours: 4 });
    // The audit takes it from the working folder.
    writeFileSync(join(sub, 'p.csv'), PAYMENTS);
    const audit = await runCli(['audit', 'p.csv', ...COMMON], { cwd: sub });
    expect(audit.code).toBe(0);
    // Never overwrites without --force.
    const again = await runCli(['init'], { cwd: sub });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('charter-audit.config.json already exists');
    expect((await runCli(['init', '--force'], { cwd: sub })).code).toBe(0);
    expect(readFileSync(join(sub, 'charter-audit.config.json'), 'utf8')).toBe(text);
  });

  it('the schema file the package ships is the one the config is checked by', () => {
    const shipped = JSON.parse(readFileSync(join(root, 'schema', 'charter-audit.config.schema.json'), 'utf8'));
    expect(shipped, 'schema/charter-audit.config.schema.json is stale: run npm run generate').toEqual(configSchema());
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
  });
});

describe('charter-audit columns', () => {
  it('lists every accepted header and value word of a kind', async () => {
    const r = await cli(['columns', 'payments']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^payments \(대금지급\)\n/);
    expect(r.stdout).toMatch(/claimed_at\s+instant\s+needed\s+청구일시, claimed_at/);
    expect(r.stdout).toMatch(/paid_time\s+time of paid_at\s+지급시각, 지급시간, paid_time/);
    expect(r.stdout).toContain('values: pps = 조달청; agency = 수요기관; blank = pps');
    expect(r.stdout).not.toContain('complaints (민원)');
  });

  it("with a config, an office's own words are listed too", async () => {
    const r = await cli(['columns', 'complaints', '--config', 'office.config.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('web = 인터넷, internet, 온라인, online, 홈페이지, 국민신문고 (config), 이메일 (config)');
    expect(r.stdout).toContain('suggestion = 건의, 제안 (config)');
  });

  it('every kind, as JSON from the same tables', async () => {
    const r = await cli(['columns', '--json']);
    const all = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([...KINDS]);
    expect(all.calls).toEqual(listColumns('calls'));
  });

  it('an unknown kind is refused with the choices', async () => {
    const r = await cli(['columns', 'payment']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('payment');
  });

  it('the README carries the same tables', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const begin =
      '<!-- columns:begin (generated by `charter-audit columns --format markdown`; test/cli/office-config.test.ts checks it) -->';
    const from = readme.indexOf(begin);
    const to = readme.indexOf('<!-- columns:end -->');
    expect(from).toBeGreaterThan(0);
    expect(readme.slice(from + begin.length, to).trim(), 'README column tables are stale: run npm run generate').toBe(
      columnsMarkdown().trim(),
    );
  });
});
