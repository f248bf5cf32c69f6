/** Paths written in the config file, resolved against its folder (pure: no node:path). */

/** The posix-or-windows folder of a path, pure. @example dirOf('/a/b/c.json') // => '/a/b' */
function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? file.slice(0, 1) : file.slice(0, i);
}

/**
 * A path from the config resolved against the config file's folder (absolute paths unchanged).
 *
 * @example resolveNextTo('/etc/ca/charter-audit.config.json', 'holidays.csv') // => '/etc/ca/holidays.csv'
 */
export function resolveNextTo(configFile: string, p: string): string {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')) return p;
  const dir = dirOf(configFile);
  const rel = p.startsWith('./') ? p.slice(2) : p;
  return dir === '.' ? rel : `${dir.endsWith('/') ? dir.slice(0, -1) : dir}/${rel}`;
}
