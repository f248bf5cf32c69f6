/**
 * Records that run over line ends. A quoted value may hold a line break (a memo), but a stray
 * opening quote (`"서울청` never closed, in an export that quotes one column) makes the parser
 * read the next lines into the same record: those rows would vanish. These checks tell the two
 * apart from the record's fields alone (pure; no I/O).
 */

/**
 * The physical lines a record spanning several lines was read from, rebuilt from its fields
 * (quotes are gone, line breaks inside values are kept): one string per line.
 *
 * @example physicalLines(['P1', 'a\nP2', 'b'], ',') // => ['P1,a', 'P2,b']
 */
export function physicalLines(fields: readonly string[], delimiter: string): string[] {
  return fields.join(delimiter).split(/\r\n|\r|\n/);
}

/**
 * Whether a record read over several lines holds what looks like a whole record of its own:
 * a line after its first one with at least `width − 1` delimiters (a row of the file). A memo
 * with a line break does not; a row swallowed by a stray quote does.
 *
 * @example holdsARecord(['P1', '"서울청\nP2,2025-03-04,x'], 3, ',') // => true
 * @example holdsARecord(['P1', '첫째 줄\n둘째 줄'], 3, ',') // => false
 */
export function holdsARecord(fields: readonly string[], width: number, delimiter: string): boolean {
  if (width < 3) return false;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    const lines = f.split(/\r\n|\r|\n/);
    for (let i = 1; i < lines.length; i++) {
      if (lines[i]!.split(delimiter).length >= width) return true;
    }
  }
  return false;
}
