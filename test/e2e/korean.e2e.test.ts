/**
 * Issue 4's proof: the Korean CP949 exports (Korean headers, vocabulary, amounts with 원, Korean
 * timestamp forms) and the English UTF-8 exports of the same data give identical findings.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const KINDS = ['complaints', 'payments', 'contracts', 'calls'];
const audit = (dir: string) =>
  cli([
    'audit',
    ...KINDS.map((k) => `${dir}${k}.csv`),
    '--as-of',
    '2025-09-01',
    '--config',
    'fixtures/charter-audit.config.json',
    '--format',
    'json',
  ]);

describe('Korean CP949 exports', () => {
  const en = audit('fixtures/');
  const ko = audit('fixtures/ko/');
  const enReport = JSON.parse(en.stdout);
  const koReport = JSON.parse(ko.stdout);

  it('are read as CP949 without a rejected row', () => {
    expect(koReport.inputs.map((i: { encoding: string }) => i.encoding)).toEqual(['cp949', 'cp949', 'cp949', 'cp949']);
    expect(koReport.rejected).toEqual([]);
    expect(ko.code).toBe(en.code);
  });

  it('give the same findings as the English exports of the same data', () => {
    const sameFiles = (r: { violations: { file: string }[] }) =>
      r.violations.map((v) => ({ ...v, file: v.file.replace('fixtures/ko/', 'fixtures/') }));
    expect(enReport.violations.length).toBeGreaterThan(100);
    expect(sameFiles(koReport)).toEqual(sameFiles(enReport));
    expect(koReport.rules).toEqual(enReport.rules);
    expect(koReport.aggregates).toEqual(enReport.aggregates);
  });

  it('reconcile every row of every fixture', () => {
    for (const report of [enReport, koReport]) {
      expect(report.inputs.map((i: { rows: number }) => i.rows)).toEqual([300, 300, 300, 400]);
      for (const i of report.inputs) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected);
    }
  });

  it('never let mojibake reach the report', () => {
    expect(ko.stdout).not.toMatch(/\uFFFD/);
    expect(ko.stdout).toContain('구매사업국');
  });
});
