/**
 * Checks made before an audit reads anything: the report must never overwrite a file the run
 * reads (an export, the config, the holidays file), and the same export must not be counted
 * twice.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { usageError } from '../messages/errors.js';
import type { MessageData } from '../model/messages.js';

/** The canonical path of `p` (symlinks resolved); for a file not there yet, its directory's. */
function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return p;
    }
  }
}

/** A file the run reads, and how the user would call it in a message. */
export interface ReadFile {
  path: string;
  /** What the run reads it as: an input, the config file, a holidays file, a what-if file. */
  role: MessageData['USAGE_OVERWRITE_INPUT']['role'];
}

/**
 * Refuses an `--output` that is one of the files the run reads (compared by real path, so a
 * symlink or `./x` spelling of it is caught too).
 *
 * @example refuseOutputOverInputs('p.csv', [{ path: 'p.csv', role: 'input' }], '/tmp') // throws UsageError
 */
export function refuseOutputOverInputs(output: string, reads: readonly ReadFile[], cwd: string): void {
  const target = canonical(resolve(cwd, output));
  for (const r of reads) {
    if (canonical(resolve(cwd, r.path)) === target) {
      throw usageError('USAGE_OVERWRITE_INPUT', { output, role: r.role });
    }
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Refuses the same export given twice: the same path, another path to the same file (a symlink,
 * `./p.csv`), or a copy with identical bytes (`p.csv` and `p (1).csv` from a glob). Counting a
 * file twice would double every figure in silence. Only regular files of equal size are hashed;
 * stdin and pipes cannot be compared and are not.
 *
 * @example await refuseDuplicateInputs(['p.csv', 'p.csv'], '/tmp') // throws UsageError
 */
export async function refuseDuplicateInputs(files: readonly string[], cwd: string): Promise<void> {
  const seen = new Map<string, string>();
  const bySize = new Map<number, string[]>();
  for (const f of files) {
    if (f === '-') continue;
    const path = resolve(cwd, f);
    if (!existsSync(path)) continue; // reported when it is opened
    const real = canonical(path);
    const first = seen.get(real);
    if (first !== undefined) {
      throw usageError('USAGE_INPUT_TWICE', { file: f, first: first === f ? null : first });
    }
    seen.set(real, f);
    let s;
    try {
      s = statSync(path);
    } catch {
      continue; // reported when it is opened
    }
    if (!s.isFile() || s.size === 0) continue; // a pipe cannot be compared without reading it
    const same = bySize.get(s.size) ?? [];
    same.push(f);
    bySize.set(s.size, same);
  }
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const hashes = new Map<string, string>();
    for (const f of group) {
      const h = await sha256(resolve(cwd, f));
      const first = hashes.get(h);
      if (first !== undefined) {
        throw usageError('USAGE_SAME_CONTENT', { first, second: f });
      }
      hashes.set(h, f);
    }
  }
}
