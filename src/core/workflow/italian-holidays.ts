/** Month (1–12) and day of Easter Sunday in the Gregorian calendar (Meeus/Jones/Butcher algorithm). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const FIXED_HOLIDAYS: ReadonlyArray<readonly [month: number, day: number, name: string]> = [
  [1, 1, 'Capodanno'],
  [1, 6, 'Epifania'],
  [4, 25, 'Festa della Liberazione'],
  [5, 1, 'Festa del Lavoro'],
  [6, 2, 'Festa della Repubblica'],
  [8, 15, 'Ferragosto'],
  [11, 1, 'Ognissanti'],
  [12, 8, 'Immacolata Concezione'],
  [12, 25, 'Natale'],
  [12, 26, 'Santo Stefano'],
];

/** Legge 1 ottobre 2025, n. 151 made 4 October (San Francesco d'Assisi) a national holiday again, in force from 1 January 2026. */
const SAN_FRANCESCO_FROM_YEAR = 2026;

/**
 * National public holidays of a year as `MM-DD` → name. Sundays are rest days anyway; local patron
 * saints' days are not national and are left out.
 */
export function italianHolidays(year: number): Map<string, string> {
  const holidays = new Map<string, string>();
  const add = (month: number, day: number, name: string) => holidays.set(`${pad(month)}-${pad(day)}`, name);
  for (const [month, day, name] of FIXED_HOLIDAYS) add(month, day, name);
  if (year >= SAN_FRANCESCO_FROM_YEAR) add(10, 4, "San Francesco d'Assisi");
  const easter = easterSunday(year);
  add(easter.month, easter.day, 'Pasqua');
  const monday = new Date(Date.UTC(year, easter.month - 1, easter.day + 1));
  add(monday.getUTCMonth() + 1, monday.getUTCDate(), "Lunedì dell'Angelo");
  return holidays;
}

/** The holiday's name when the calendar date is a national holiday, otherwise null. */
export function holidayName(year: number, month: number, day: number): string | null {
  return holidaysCached(year).get(`${pad(month)}-${pad(day)}`) ?? null;
}

const cache = new Map<number, Map<string, string>>();
function holidaysCached(year: number): Map<string, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = italianHolidays(year);
    cache.set(year, holidays);
  }
  return holidays;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
