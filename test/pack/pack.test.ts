/**
 * The package as a user gets it: `npm pack` (of the build `npm test` has just made), the
 * tarball unpacked into a scratch TypeScript project's node_modules, its declared runtime
 * dependencies linked from this repository's node_modules (no network), then the scratch
 * project type-checks against the published declarations and runs an audit through the
 * public API. A dependency missing from package.json, a broken `exports` map or a type
 * that leaked as `any` fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let dir = '';
let project = '';

const MAIN = `
import { readFileSync } from 'node:fs';
import {
  audit,
  auditStream,
  createCalendar,
  defaultConfig,
  explain,
  loadConfig,
  type AuditResult,
  type Violation,
  type WatchItem,
} from 'charter-audit';

const payments = readFileSync(process.argv[2]!, 'utf8');
const result: AuditResult = await audit([{ name: 'payments.csv', text: payments }], { config: defaultConfig(), asOf: '2025-09-01' });
const streamed: Violation[] = [];
for await (const v of auditStream([{ name: 'payments.csv', text: payments }], { config: defaultConfig(), asOf: '2025-09-01' })) {
  streamed.push(v);
}
const config = await loadConfig(process.argv[3]!);
// The watch list at a time inside the data: typed items, soonest first.
const watched = await audit([{ name: 'payments.csv', text: payments }], { config: defaultConfig(), asOf: '2025-05-15 16:00', dueWithin: '1d' });
const due: WatchItem[] = watched.watch?.items ?? [];
const bands = result.rules.find((r) => r.id === 'payment.four-hours')?.allowanceUse;
const first = result.violations[0]!;
const text: string = explain(first, { calendar: createCalendar(), lang: 'en' });
process.stdout.write(
  JSON.stringify({
    kinds: result.inputs.map((i) => i.kind),
    violations: result.violations.length,
    streamed: streamed.length,
    sameOrder: streamed.every((v, i) => v.recordId === result.violations[i]!.recordId),
    rules: result.rules.length,
    configFile: config.file !== null,
    explains: text.includes(first.recordId),
    due: due.map((w) => [w.recordId, w.remainingWorkingSeconds]),
    bands: bands === undefined ? null : bands.upTo50 + bands.upTo75 + bands.upTo90 + bands.upTo100 + bands.over100,
  }),
);
`;

/** Lines that must NOT type-check: if the declarations were `any`, the expectations would be unused and fail. */
const WRONG = `
import { audit, explain } from 'charter-audit';
// @ts-expect-error: the inputs are a list
void audit('payments.csv');
// @ts-expect-error: groupBy is month, quarter or department
void audit([], { groupBy: 'week' });
// @ts-expect-error: explain needs a violation
explain({});
// @ts-expect-error: dueWithin is working seconds or text
void audit([], { dueWithin: true });
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-pack-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .at(-1)!;
  project = join(dir, 'project');
  const modules = join(project, 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  renameSync(join(dir, 'package'), join(modules, 'charter-audit'));
  const manifest = JSON.parse(readFileSync(join(modules, 'charter-audit/package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies)) {
    mkdirSync(dirname(join(modules, dep)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
        outDir: 'out',
      },
      include: ['main.ts', 'wrong.ts'],
    }),
  );
  writeFileSync(join(project, 'main.ts'), MAIN);
  writeFileSync(join(project, 'wrong.ts'), WRONG);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the build, the declarations and the binary, and nothing of the tests', () => {
    const files = execFileSync('tar', ['tzf', join(dir, 'charter-audit-0.1.0.tgz')], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/src/index.js');
    expect(files).toContain('package/dist/src/index.d.ts');
    expect(files).toContain('package/bin/charter-audit.js');
    expect(files.filter((f) => f.includes('/test/'))).toEqual([]);
    // The CLI's one-module bundle (scripts/bundle.mjs) that bin/charter-audit.js runs.
    expect(files).toContain('package/dist/src/cli.bundle.js');
  });

  it('runs the packed binary (the bundle) with the same report as the unbundled modules', () => {
    const args = [join(ROOT, 'fixtures/payments.csv'), '--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none'];
    const bundled = execFileSync(
      process.execPath,
      [join(project, 'node_modules/charter-audit/bin/charter-audit.js'), 'audit', ...args],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    const modules = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { main } from ${JSON.stringify(join(ROOT, 'dist/src/cli/main.js'))}; main([process.argv[0], "charter-audit", ...process.argv.slice(1)]);`,
        '--',
        'audit',
        ...args,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(JSON.parse(bundled)).toMatchObject({ inputs: [{ kind: 'payments' }] });
    expect(bundled).toBe(modules);
  }, 60_000);

  it('type-checks a TypeScript project against its declarations and runs an audit through the public API', () => {
    execFileSync(process.execPath, [TSC, '-p', project], { cwd: project, encoding: 'utf8' });
    const out = execFileSync(
      process.execPath,
      [join(project, 'out/main.js'), join(ROOT, 'fixtures/payments.csv'), join(ROOT, 'fixtures/charter-audit.config.json')],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    const summary = JSON.parse(out) as Record<string, unknown>;
    expect(summary).toMatchObject({ kinds: ['payments'], sameOrder: true, configFile: true, explains: true });
    // fixtures/payments.csv at 2025-05-15 16:00: 202500000223, claimed 15:03:28, has 3h 3m 28s left.
    expect(summary.due).toEqual([['202500000223', 11008]]);
    expect(summary.bands).toBeGreaterThan(0);
    expect(summary.violations).toBeGreaterThan(0);
    expect(summary.streamed).toBe(summary.violations);
  }, 120_000);
});
