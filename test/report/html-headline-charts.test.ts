/**
 * HTML (issue 12 items 7 and 10): the headline shows rows evaluated and checks made, each
 * labelled; trend charts keep months without data on the axis as gaps; a Korean report labels
 * the compliance chart with Korean rule titles. Data: two web inquiries, in January and April
 * 2025 (Feb and Mar have none) → 2 rows; checks: complaint.inquiry 2 + complaint.survey 2 = 4.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fillMonths } from '../../src/report/charts.js';
import { runCli } from '../helpers/cli.js';

const CSV =
  'id,channel,type,received_at,answered_at,surveyed_at\n' +
  'Q-1,web,inquiry,2025-01-06 10:00,2025-01-06 11:00,2025-01-06 12:00\n' +
  'Q-2,web,inquiry,2025-04-07 10:00,2025-04-08 17:00,2025-04-08 17:30\n';
const html = async (lang: string) =>
  (
    await runCli(['audit', '-', '--as-of', '2025-07-01', '--format', 'html', '--lang', lang, '--fail-on', 'none'], {
      stdin: Readable.from([CSV]),
    })
  ).stdout;

describe('HTML headline and charts', () => {
  it('labels rows evaluated and checks made apart', async () => {
    const page = await html('en');
    expect(page).toContain('<div class="k">Rows evaluated</div><div class="v">2</div>');
    expect(page).toContain('<div class="k">Checks made (rule × row, monthly measures)</div><div class="v">4</div>');
    const ko = await html('ko');
    expect(ko).toContain('<div class="k">평가한 행</div><div class="v">2</div>');
  });

  it('keeps months without data on the trend axis', async () => {
    const page = await html('en');
    const trend = page.slice(page.indexOf('class="trends"'));
    for (const m of ['2025-01', '2025-02', '2025-03', '2025-04']) expect(trend).toContain(`>${m}</text>`);
    expect(fillMonths(['2025-11', '2026-02'])).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(fillMonths(['2025-Q1', '2025-Q3'])).toEqual(['2025-Q1', '2025-Q3']);
  });

  it('labels the compliance chart in Korean in a Korean report', async () => {
    const page = await html('ko');
    const chart = page.slice(page.indexOf('<figure>'), page.indexOf('</figure>'));
    expect(chart).toContain('인터넷 조달업무 질의');
    expect(chart).not.toMatch(/class="lbl">complaint\./); // the id stays in the tooltip
  });
});
