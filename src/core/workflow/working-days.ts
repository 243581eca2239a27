import { holidayName } from './italian-holidays.ts';
import { fromLocal, toLocal } from './zoned-time.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Rome';

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Whether the local calendar day of `date` is a working day: Monday–Friday and not a national holiday. */
export function isWorkingDay(date: Date, timeZone = DEFAULT_TIME_ZONE): boolean {
  return isWorkingCalendarDate(toLocal(date, timeZone));
}

function isWorkingCalendarDate({ year, month, day }: CalendarDate): boolean {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return holidayName(year, month, day) === null;
}

function nextCalendarDate({ year, month, day }: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * `days` working days after `from`, at the same local wall-clock time. Counting starts on the next
 * working day: Friday 10:00 + 1 = Monday 10:00 (Tuesday when Monday is a holiday). 0 days = `from`.
 */
export function addWorkingDays(from: Date, days: number, timeZone = DEFAULT_TIME_ZONE): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`addWorkingDays: days must be a non-negative integer, got ${days}`);
  if (days === 0) return new Date(from.getTime());
  const local = toLocal(from, timeZone);
  let date: CalendarDate = local;
  let counted = 0;
  while (counted < days) {
    date = nextCalendarDate(date);
    if (isWorkingCalendarDate(date)) counted += 1;
  }
  return fromLocal({ ...local, year: date.year, month: date.month, day: date.day }, timeZone);
}

/**
 * Working days d with from < d ≤ to, counted on local calendar dates (negative when `to` is before
 * `from`). `workingDaysBetween(x, addWorkingDays(x, n)) === n`.
 */
export function workingDaysBetween(from: Date, to: Date, timeZone = DEFAULT_TIME_ZONE): number {
  const start = toLocal(from, timeZone);
  const end = toLocal(to, timeZone);
  if (compareCalendarDates(start, end) > 0) return -workingDaysBetween(to, from, timeZone);
  let date: CalendarDate = start;
  let count = 0;
  while (compareCalendarDates(date, end) < 0) {
    date = nextCalendarDate(date);
    if (isWorkingCalendarDate(date)) count += 1;
  }
  return count;
}

/**
 * Milliseconds from `from` until `days` working days later, for a delayed job. When the config sets
 * `testSecondsPerDay`, a "working day" lasts that many seconds (tests shrink follow-ups this way).
 */
export function delayMs(from: Date, days: number, config: { testSecondsPerDay?: number | null }, timeZone = DEFAULT_TIME_ZONE): number {
  if (config.testSecondsPerDay != null) return Math.round(days * config.testSecondsPerDay * 1000);
  return addWorkingDays(from, days, timeZone).getTime() - from.getTime();
}
