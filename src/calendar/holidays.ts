/**
 * Gazette holidays (관공서의 공휴일, from the yearly 월력요항) as published by
 * `@hyunbinseo/holidays-kr`: 2018–2027, including 대체공휴일, 임시공휴일 and election days.
 */
import { y2018, y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026, y2027 } from '@hyunbinseo/holidays-kr/all';
import { type DayNumber, daysFromCivil } from './kst.js';

type YearTable = Readonly<Record<string, readonly string[]>>;

const TABLES: readonly (readonly [number, YearTable])[] = [
  [2018, y2018],
  [2019, y2019],
  [2020, y2020],
  [2021, y2021],
  [2022, y2022],
  [2023, y2023],
  [2024, y2024],
  [2025, y2025],
  [2026, y2026],
  [2027, y2027],
];

/** Years the bundled gazette data covers, ascending. @example GAZETTE_YEARS[0] // => 2018 */
export const GAZETTE_YEARS: readonly number[] = TABLES.map(([year]) => year);

/**
 * Day number of a `YYYY-MM-DD` key of the package's tables.
 *
 * @example isoDateToDay('2024-09-17') // => 19983
 */
export function isoDateToDay(iso: string): DayNumber {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

let cache: ReadonlyMap<DayNumber, readonly string[]> | undefined;

/**
 * Every gazette holiday, day number → official names (one day may carry two, e.g. 2025-05-05
 * 어린이날 and 부처님 오신 날).
 *
 * @example gazetteHolidays().get(isoDateToDay('2024-09-17')) // => ['추석']
 */
export function gazetteHolidays(): ReadonlyMap<DayNumber, readonly string[]> {
  if (cache) return cache;
  const map = new Map<DayNumber, readonly string[]>();
  for (const [, table] of TABLES) {
    for (const [iso, names] of Object.entries(table)) map.set(isoDateToDay(iso), [...names]);
  }
  cache = map;
  return map;
}
