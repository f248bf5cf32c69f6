import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_REGIONS, type RawSampleOptions, STANDARD_DAYS } from '../../src/sample/index.js';
import { sampleText } from './helpers.js';

const root = new URL('../../fixtures/', import.meta.url);

/** The options of fixtures/README.md's commands. */
const COMMANDS = {
  complaints: { rows: '300', lateShare: '0.1' },
  payments: { rows: '300', lateShare: '0.1' },
  contracts: { rows: '300', lateShare: '0.1' },
  calls: { rows: '400', days: '6', lateShare: '0.2', outboundShare: '0.15' },
  // From 2024: the yearly duties need a whole year that has ended by npm start's --as-of.
  activities: { rows: '200', from: '2024-01-01' },
} as const;

describe('fixtures', () => {
  for (const [kind, extra] of Object.entries(COMMANDS)) {
    it(`${kind}.csv and ko/${kind}.csv are exactly what the documented command writes`, () => {
      const base = { kind, seed: '2025', from: '2025-01-01', to: '2025-06-30', ...extra } as RawSampleOptions;
      expect(readFileSync(new URL(`${kind}.csv`, root), 'utf8')).toBe(sampleText(base));
      const ko = readFileSync(new URL(`ko/${kind}.csv`, root));
      expect(ko).toEqual(iconv.encode(sampleText({ ...base, korean: true }), 'cp949'));
    });
  }

  it('config carries the standard-days table the contracts were generated against, and the regions of the meetings', () => {
    const config = JSON.parse(readFileSync(new URL('charter-audit.config.json', root), 'utf8')) as {
      standardDays: unknown;
      rules: Record<string, { regions?: unknown }>;
    };
    expect(config.standardDays).toEqual(STANDARD_DAYS);
    expect(config.rules['activity.regional-meeting']?.regions).toEqual([...ACTIVITY_REGIONS]);
  });

  it('npm start audits every fixture', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', root), 'utf8')) as { scripts: { start: string } };
    for (const kind of Object.keys(COMMANDS)) expect(pkg.scripts.start).toContain(`fixtures/${kind}.csv`);
  });

  it('README lists every fixture command', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    for (const kind of Object.keys(COMMANDS)) {
      expect(readme).toContain(`--kind ${kind} `);
      expect(readme).toContain(`> fixtures/${kind}.csv`);
      expect(readme).toContain(`> fixtures/ko/${kind}.csv`);
    }
  });
});
