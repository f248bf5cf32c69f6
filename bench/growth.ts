/**
 * When NDJSON memory "does not grow with the rows": one criterion for every section that checks
 * it. Peak RSS at 4× the rows is at most 1.25× the smaller run's, or at most 32 MB more — at a
 * few hundred MB the heap's warm-up and the collector's timing move a single run by ±15 MB
 * (1M sample calls measured 84–103 MB in runs of the same build), which a bare ratio of small
 * numbers reads as growth.
 */
export const NO_GROWTH = { ratio: 1.25, addedMB: 32 } as const;

/** The target as the bench tables print it. */
export const NO_GROWTH_TARGET = `≤ ${NO_GROWTH.ratio}× or ≤ +${NO_GROWTH.addedMB} MB`;

/**
 * Whether peak RSS `bigMB` (at 4× the rows) shows no growth over `smallMB`.
 *
 * @example noGrowth(84, 101) // => { passed: true, ratio: 1.2, addedMB: 17 }
 */
export function noGrowth(smallMB: number, bigMB: number): { passed: boolean; ratio: number; addedMB: number } {
  const ratio = Math.round((bigMB / smallMB) * 100) / 100;
  const addedMB = Math.round(bigMB - smallMB);
  return { passed: ratio <= NO_GROWTH.ratio || addedMB <= NO_GROWTH.addedMB, ratio, addedMB };
}
