import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** Runs the built CLI as a user would: `node bin/charter-audit.js …` from the project root. */
export function cli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'charter-audit.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    // spawnSync's default 1 MiB would kill a big report midway and cut stdout at a varying point.
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CI: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
