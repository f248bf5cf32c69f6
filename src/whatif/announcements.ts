/**
 * When each 임시공휴일 (temporary public holiday) of the gazette data was declared: the day the
 * 국무회의 (Cabinet) adopted the designation. A record received before that day was received
 * when the holiday did not exist yet; the reading `holiday-announced` judges such a record on a
 * calendar without it.
 */
import { type DayNumber, daysFromCivil } from '../calendar/kst.js';

export interface Announcement {
  /** The temporary holiday. */
  day: DayNumber;
  /** The day its designation was adopted. */
  announced: DayNumber;
  name: string;
}

/**
 * Temporary holidays 2018–2027 with their announcement days (국무회의 의결일). 2025-06-03
 * (임시공휴일(대통령선거)) is left out: an election day, fixed with the election itself.
 *
 * @example TEMPORARY_HOLIDAYS.find((a) => a.day === daysFromCivil(2025, 1, 27))?.announced === daysFromCivil(2025, 1, 8) // => true
 */
export const TEMPORARY_HOLIDAYS: readonly Announcement[] = [
  { day: daysFromCivil(2020, 8, 17), announced: daysFromCivil(2020, 7, 21), name: '임시공휴일' },
  { day: daysFromCivil(2023, 10, 2), announced: daysFromCivil(2023, 9, 5), name: '임시공휴일' },
  { day: daysFromCivil(2024, 10, 1), announced: daysFromCivil(2024, 9, 3), name: '임시공휴일' },
  { day: daysFromCivil(2025, 1, 27), announced: daysFromCivil(2025, 1, 8), name: '임시공휴일' },
];
