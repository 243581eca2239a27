import { describe, expect, it } from 'vitest';
import { easterSunday, holidayName } from '../../../src/core/workflow/italian-holidays.ts';
import { addWorkingDays, delayMs, isWorkingDay, workingDaysBetween } from '../../../src/core/workflow/working-days.ts';

/** An instant given as Rome wall-clock time with its offset, e.g. rome('2026-04-02T10:00', '+02:00'). */
const rome = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}:00${offset}`);

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('Easter %i is %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('Italian holidays', () => {
  it('knows the fixed national holidays, Easter Monday and San Francesco from 2026', () => {
    expect(holidayName(2026, 6, 2)).toBe('Festa della Repubblica');
    expect(holidayName(2026, 4, 6)).toBe("Lunedì dell'Angelo");
    expect(holidayName(2027, 3, 29)).toBe("Lunedì dell'Angelo");
    expect(holidayName(2026, 12, 26)).toBe('Santo Stefano');
    expect(holidayName(2027, 10, 4)).toBe("San Francesco d'Assisi");
    expect(holidayName(2025, 10, 4)).toBeNull();
    expect(holidayName(2026, 6, 3)).toBeNull();
  });

  it('isWorkingDay: weekdays are working days unless they are holidays', () => {
    expect(isWorkingDay(rome('2026-06-02T10:00', '+02:00'))).toBe(false); // Tuesday, Festa della Repubblica
    expect(isWorkingDay(rome('2026-06-03T10:00', '+02:00'))).toBe(true);
    expect(isWorkingDay(rome('2026-04-06T10:00', '+02:00'))).toBe(false); // Easter Monday
    expect(isWorkingDay(rome('2026-04-25T10:00', '+02:00'))).toBe(false); // a Saturday anyway
    expect(isWorkingDay(rome('2026-04-24T10:00', '+02:00'))).toBe(true);
    expect(isWorkingDay(rome('2027-10-04T10:00', '+02:00'))).toBe(false); // Monday, San Francesco
    expect(isWorkingDay(rome('2023-10-04T10:00', '+02:00'))).toBe(true); // before the law
  });

  it('uses the Rome calendar day, not the UTC one', () => {
    // 1 June 23:30 UTC is already 2 June in Rome.
    expect(isWorkingDay(new Date('2026-06-01T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-06-01T21:30:00Z'))).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('starts counting on the next working day and keeps the local time', () => {
    const thursday = rome('2026-04-02T10:00', '+02:00');
    expect(addWorkingDays(thursday, 1)).toEqual(rome('2026-04-03T10:00', '+02:00'));
    // Saturday, Easter Sunday and Easter Monday are skipped.
    expect(addWorkingDays(thursday, 2)).toEqual(rome('2026-04-07T10:00', '+02:00'));
  });

  it('skips the 2 June long weekend', () => {
    const friday = rome('2026-05-29T16:30', '+02:00');
    expect(addWorkingDays(friday, 1)).toEqual(rome('2026-06-01T16:30', '+02:00'));
    expect(addWorkingDays(friday, 2)).toEqual(rome('2026-06-03T16:30', '+02:00'));
    expect(addWorkingDays(friday, 3)).toEqual(rome('2026-06-04T16:30', '+02:00'));
  });

  it('skips Christmas and Santo Stefano', () => {
    const thursday = rome('2026-12-24T09:00', '+01:00');
    expect(addWorkingDays(thursday, 1)).toEqual(rome('2026-12-28T09:00', '+01:00'));
    const newYear = addWorkingDays(rome('2026-12-31T09:00', '+01:00'), 1);
    expect(newYear).toEqual(rome('2027-01-04T09:00', '+01:00')); // 1 Jan Friday, weekend
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    const friday = rome('2026-03-27T10:00', '+01:00');
    const monday = addWorkingDays(friday, 1);
    expect(monday.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('from a Saturday, the first working day is Monday', () => {
    expect(addWorkingDays(rome('2026-04-25T12:00', '+02:00'), 1)).toEqual(rome('2026-04-27T12:00', '+02:00'));
  });

  it('0 days is the same instant; negative or fractional days are a bug', () => {
    const now = new Date('2026-02-02T09:00:00Z');
    expect(addWorkingDays(now, 0)).toEqual(now);
    expect(() => addWorkingDays(now, -1)).toThrow(RangeError);
    expect(() => addWorkingDays(now, 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after from up to and including to', () => {
    expect(workingDaysBetween(rome('2026-04-02T10:00', '+02:00'), rome('2026-04-07T08:00', '+02:00'))).toBe(2);
    expect(workingDaysBetween(rome('2026-04-07T08:00', '+02:00'), rome('2026-04-02T10:00', '+02:00'))).toBe(-2);
    expect(workingDaysBetween(rome('2026-04-02T10:00', '+02:00'), rome('2026-04-02T18:00', '+02:00'))).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    const start = rome('2026-12-22T11:00', '+01:00');
    for (const days of [1, 3, 5, 10, 15, 40]) {
      expect(workingDaysBetween(start, addWorkingDays(start, days))).toBe(days);
    }
  });
});

describe('delayMs', () => {
  it('follows the calendar by default', () => {
    const friday = rome('2026-05-29T16:30', '+02:00');
    expect(delayMs(friday, 2, { testSecondsPerDay: null })).toBe(5 * 24 * 3600 * 1000);
  });

  it('shrinks a working day to testSecondsPerDay seconds', () => {
    expect(delayMs(new Date('2026-05-29T14:30:00Z'), 3, { testSecondsPerDay: 2 })).toBe(6000);
    expect(delayMs(new Date('2026-05-29T14:30:00Z'), 15, { testSecondsPerDay: 0.1 })).toBe(1500);
  });
});
