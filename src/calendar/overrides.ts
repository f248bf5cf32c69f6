/**
 * What a holidays file says (parsed by src/ingest/holiday-file.ts), as the calendar applies it:
 * the calendar needs the shape, not the parser.
 */
import type { DayNumber } from './kst.js';

/** One date the file declares a holiday. */
export interface HolidayAddition {
  day: DayNumber;
  name: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** One date the file takes out of the holiday list (it becomes a working day if a weekday). */
export interface HolidayRemoval {
  day: DayNumber;
  line?: number;
}

/** What a holidays file says, in file order. */
export interface HolidayOverrides {
  /** The file as the user named it, for messages. */
  file: string;
  add: readonly HolidayAddition[];
  remove: readonly HolidayRemoval[];
}

/** Stable error codes of the holidays file. */
export const HOLIDAY_FILE_ERRORS = {
  read: 'HOLIDAY_FILE_UNREADABLE',
  syntax: 'HOLIDAY_FILE_SYNTAX',
  date: 'HOLIDAY_FILE_BAD_DATE',
  name: 'HOLIDAY_FILE_MISSING_NAME',
  action: 'HOLIDAY_FILE_BAD_ACTION',
  shape: 'HOLIDAY_FILE_BAD_SHAPE',
  conflict: 'HOLIDAY_FILE_CONFLICT',
  notHoliday: 'HOLIDAY_FILE_REMOVE_NOT_HOLIDAY',
} as const;
