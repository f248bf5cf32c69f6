/**
 * Deterministic zip bytes: every entry of a zip archive stamped with one fixed modification time,
 * so a workbook written twice from the same result is byte-identical (the zip library stamps
 * each entry with the clock). Pure: works on the finished archive in memory.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The MS-DOS time and date words of a wall-clock time (2-second resolution, years 1980–2107).
 *
 * @example dosDateTime(2025, 3, 4, 14, 5, 0) // => { time: 28832, date: 23140 }
 */
export function dosDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): { time: number; date: number } {
  const y = Math.min(Math.max(year, 1980), 2107);
  return {
    time: (hour << 11) | (minute << 5) | (second >> 1),
    date: ((y - 1980) << 9) | (month << 5) | day,
  };
}

/**
 * Sets the modification time of every entry (central directory and local headers) to `stamp`.
 * Returns the same buffer, changed in place; a buffer that is not a well-formed zip is returned
 * unchanged.
 *
 * @example stampZip(zipBytes, dosDateTime(2025, 9, 1, 0, 0, 0))
 */
export function stampZip(zip: Uint8Array, stamp: { time: number; date: number }): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let e = 0; e < entries; e++) {
    if (at + 46 > zip.byteLength || view.getUint32(at, true) !== CENTRAL) return zip;
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= zip.byteLength && view.getUint32(local, true) === LOCAL) {
      view.setUint16(local + 10, stamp.time, true);
      view.setUint16(local + 12, stamp.date, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
