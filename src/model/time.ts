/** The two units of time everything counts in (arithmetic on them lives in src/calendar/kst.ts). */

/** Whole seconds since the Unix epoch (UTC). */
export type Instant = number;
/** KST calendar days since 1970-01-01 (a Thursday). */
export type DayNumber = number;
