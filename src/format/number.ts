/**
 * Numbers for people, one way everywhere: counts with thousands separators, percentages with one
 * rounding (half away from zero, one decimal), percentage-point changes computed from the very
 * figures printed beside them.
 *
 * Pure: no locale, no `Intl`, no clock — output is byte-identical on every machine.
 */

/**
 * An integer with `,` every three digits (negative numbers keep their sign; fractions are
 * rounded half away from zero first).
 *
 * @example formatCount(1234567) // => '1,234,567'
 * @example formatCount(-1200) // => '-1,200'
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const whole = roundHalfAway(value);
  const digits = String(Math.abs(whole));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return whole < 0 ? `-${out}` : out;
}

/**
 * Rounds to the nearest integer, halves away from zero; a float a hair off a half (as
 * `0.0125 * 1000`) counts as the half it stands for.
 *
 * @example roundHalfAway(2.5) // => 3
 * @example roundHalfAway(-2.5) // => -3
 */
export function roundHalfAway(x: number): number {
  const clean = Number(Math.abs(x).toPrecision(12));
  const r = Math.floor(clean + 0.5);
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * A rate (0–1) in tenths of a percent, the one rounding every report uses: half away from zero,
 * except that a rate below 1 never reads as a perfect 100.0% (it stops at 99.9%) and a rate above
 * 0 never reads as 0.0% (it starts at 0.1%), so one violation always shows. `null` when undecided.
 *
 * @example percentTenths(52 / 54) // => 963
 * @example percentTenths(8 / 58) // => 138
 * @example percentTenths(0.9996) // => 999
 */
export function percentTenths(rate: number | null): number | null {
  if (rate === null || !Number.isFinite(rate)) return null;
  const t = roundHalfAway(rate * 1000);
  if (t >= 1000 && rate < 1) return 999;
  if (t <= 0 && rate > 0) return 1;
  return t;
}

/**
 * A rate as a percentage with one decimal; `—` when undecided.
 *
 * @example formatPercent(52 / 54) // => '96.3%'
 * @example formatPercent(8 / 58) // => '13.8%'
 * @example formatPercent(null) // => '—'
 */
export function formatPercent(rate: number | null): string {
  const t = percentTenths(rate);
  return t === null ? '—' : `${tenths(t)}%`;
}

/**
 * The change between two rates in percentage points, computed from the two rounded figures a
 * report prints (so 100.0% → 96.2% reads −3.8%p, never −3.7%p); `—` when either is undecided.
 *
 * @example formatPointChange(1, 50 / 52) // => '−3.8%p'
 * @example formatPointChange(0.5, 0.5) // => '±0.0%p'
 */
export function formatPointChange(previous: number | null, current: number | null): string {
  const a = percentTenths(previous);
  const b = percentTenths(current);
  if (a === null || b === null) return '—';
  const d = b - a;
  return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${tenths(Math.abs(d))}%p`;
}

/**
 * A number with exactly one decimal, rounded half away from zero.
 *
 * @example formatOneDecimal(18.25) // => '18.3'
 * @example formatOneDecimal(1234.5) // => '1,234.5'
 */
export function formatOneDecimal(value: number): string {
  const t = roundHalfAway(value * 10);
  return `${t < 0 ? '-' : ''}${tenths(Math.abs(t))}`;
}

/** `963` → `'96.3'`, with thousands separators on the whole part. */
function tenths(t: number): string {
  return `${formatCount(Math.floor(t / 10))}.${t % 10}`;
}
