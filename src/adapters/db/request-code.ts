const romeYear = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', year: 'numeric' });

/** Requests are numbered per Italian calendar year: 31 Dec 23:30 UTC already counts for the next year. */
export function requestCodeYear(date: Date): number {
  return Number(romeYear.format(date));
}

