/**
 * The HTML report in a real browser: it renders, its charts are in the DOM, nothing logs to
 * the console (which includes Content-Security-Policy violations, so any attempt to load an
 * external resource or run a script fails this test), and it prints.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { PREVIOUS, options, sampleResult } from '../report/factory.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

interface Run {
  stdout: string;
  stderr: string;
}

function chromium(dir: string, args: string[]): Promise<Run> {
  const profile = mkdtempSync(join(dir, 'profile-'));
  const base = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profile}`,
    '--enable-logging=stderr',
    '--v=0',
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, [...base, ...args], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // A page-level problem still exits 0; only a missing binary or a hang is a failure to run.
      if (error && (error.killed || (error as NodeJS.ErrnoException).code === 'ENOENT')) {
        reject(new Error(`${CHROMIUM} did not run: ${error.message}\n${stderr}`));
      } else resolve({ stdout, stderr });
    });
  });
}

/** Console lines Chromium logged for the page (errors, warnings, CSP violations alike). */
const consoleLines = (stderr: string): string[] => stderr.split('\n').filter((l) => /:CONSOLE|Uncaught/.test(l));

describe('HTML report in headless Chromium', () => {
  let dir = '';
  let url = '';
  let dom = '';
  let stderr = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM=/path/to/chrome`);
    dir = mkdtempSync(join(tmpdir(), 'charter-audit-browser-'));
    const file = join(dir, 'report.html');
    writeFileSync(
      file,
      formatHtml(sampleResult({ groupBy: 'department', previous: PREVIOUS }), options({ lang: 'ko', limit: null })),
    );
    url = pathToFileURL(file).href;
    const run = await chromium(dir, ['--dump-dom', url]);
    dom = run.stdout;
    stderr = run.stderr;
  });

  afterAll(() => {
    if (dir && !process.env.KEEP_BROWSER_OUTPUT) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the document', () => {
    expect(dom).toContain('<html lang="ko">');
    expect(dom).toContain('조달서비스 이행실태 자체평가');
    expect(dom).toContain('</main>');
  });

  it('has the charts in the DOM', () => {
    expect((dom.match(/<svg /g) ?? []).length).toBe(6);
    expect(dom).toMatch(/<rect [^>]*fill="#c62828"/);
    expect(dom).toContain('<polyline');
  });

  it('keeps hostile input as text: no element was created from it', () => {
    expect(dom).not.toMatch(/<script/i);
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('logs nothing to the console (no error, no blocked resource)', () => {
    expect(consoleLines(stderr)).toEqual([]);
  });

  it('detects console errors when there are some (the check above can fail)', async () => {
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, '<!doctype html><script>throw new Error("boom")</script>');
    const run = await chromium(dir, ['--dump-dom', pathToFileURL(bad).href]);
    expect(consoleLines(run.stderr).join('\n')).toContain('Uncaught Error: boom');
  });

  it('takes a screenshot and prints to PDF', async () => {
    const png = join(dir, 'report.png');
    const pdf = join(dir, 'report.pdf');
    await chromium(dir, ['--window-size=1200,1600', `--screenshot=${png}`, url]);
    await chromium(dir, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url]);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(50_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (process.env.KEEP_BROWSER_OUTPUT) console.log(`screenshot: ${png}\npdf: ${pdf}`);
  });
});

describe('the allowance-use bars and the due-soon table in headless Chromium', () => {
  it('render as a stacked SVG bar and a table, with nothing logged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'charter-audit-browser-bands-'));
    try {
      const base = sampleResult();
      const rules = base.rules.map((r) =>
        r.id === 'payment.four-hours' ? { ...r, allowanceUse: { upTo50: 5, upTo75: 2, upTo90: 1, upTo100: 1, over100: 1 } } : r,
      );
      const start = base.asOf - 3600;
      const watch = {
        dueWithinWorkingSeconds: 28800,
        items: [
          {
            rule: 'payment.four-hours',
            kind: 'payments' as const,
            severity: 'error' as const,
            file: 'payments.csv',
            line: 7,
            recordId: '<b>P-7</b>',
            start,
            deadline: base.asOf + 3 * 3600,
            basis: 'hours' as const,
            allowedWorkingSeconds: 14400,
            elapsedWorkingSeconds: 3600,
            remainingWorkingSeconds: 10800,
            department: '대전지방조달청',
          },
        ],
      };
      const file = join(dir, 'bands.html');
      writeFileSync(file, formatHtml({ ...base, rules, watch }, options({ lang: 'ko' })));
      const run = await chromium(dir, ['--dump-dom', pathToFileURL(file).href]);
      expect(run.stdout).toContain('<svg class="chart stacked"');
      expect(run.stdout).toContain('<section id="due-soon">');
      expect(run.stdout).toContain('&lt;b&gt;P-7&lt;/b&gt;');
      // Five parts of 10 records over a 296-unit track: 5 → 148.
      expect(run.stdout).toMatch(/<rect x="200" y="30" width="148" height="16" fill="#1a7f37">/);
      expect(consoleLines(run.stderr)).toEqual([]);
    } finally {
      if (!process.env.KEEP_BROWSER_OUTPUT) rmSync(dir, { recursive: true, force: true });
    }
  });
});
