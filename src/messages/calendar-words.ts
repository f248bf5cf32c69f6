/**
 * What needed a year without holiday data, in Korean: the calendar names the computation or the
 * value in its own English word (`what` of CALENDAR_YEAR_NOT_LOADED: `deadline`, `holidays of
 * 2030`, `working day 3 from 2030-01-02`, an argument name such as `START`), and this turns it
 * into the Korean sentence's opening, so both languages say the same thing.
 */

/** The calendar's computations: "X에 …년 공휴일 자료가 필요한데 없습니다". */
const COMPUTATIONS: Readonly<Record<string, string>> = {
  deadline: '처리기한 계산',
  elapsed: '경과 시간 계산',
  'clock start': '근무시간 시작 시각 계산',
};

/** The calendar's names of a value it was given: "X: …년 공휴일 자료가 없습니다". */
const VALUES: Readonly<Record<string, string>> = {
  start: '시작 시각',
  end: '끝 시각',
  instant: '시각',
  day: '날짜',
};

/**
 * The opening of the Korean CALENDAR_YEAR_NOT_LOADED sentence for a working-time span, from the
 * calendar's `what` (null: nothing named). A `what` it does not know (an argument name, a flag
 * and its value) is kept as given, as English keeps it.
 *
 * @example yearNeededKo('deadline', 2030) // => '처리기한 계산에 2030년 공휴일 자료가 필요한데 없습니다'
 * @example yearNeededKo('holidays of 2030', 2030) // => '2030년 공휴일 목록: 2030년 공휴일 자료가 없습니다'
 * @example yearNeededKo('START', 2030) // => 'START: 2030년 공휴일 자료가 없습니다'
 */
export function yearNeededKo(what: string | null, year: number): string {
  const missing = `${year}년 공휴일 자료가 없습니다`;
  if (what === null || what === '') return missing;
  const computation = COMPUTATIONS[what];
  if (computation !== undefined) return `${computation}에 ${year}년 공휴일 자료가 필요한데 없습니다`;
  const value = VALUES[what];
  if (value !== undefined) return `${value}: ${missing}`;
  // The two words the calendar builds with a number in them (calendar.ts).
  const list = /^holidays of (\d+)$/.exec(what);
  if (list) return `${list[1]}년 공휴일 목록: ${missing}`;
  const nth = /^working day (\d+) from (\S+)$/.exec(what);
  if (nth) return `${nth[2]}부터 ${nth[1]}번째 근무일 계산에 ${year}년 공휴일 자료가 필요한데 없습니다`;
  return `${what}: ${missing}`;
}
