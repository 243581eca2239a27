/** The twenty regions as the Comuni reference data (ISTAT) spells them. */
export const ITALIAN_REGIONS = [
  'Abruzzo',
  'Basilicata',
  'Calabria',
  'Campania',
  'Emilia-Romagna',
  'Friuli-Venezia Giulia',
  'Lazio',
  'Liguria',
  'Lombardia',
  'Marche',
  'Molise',
  'Piemonte',
  'Puglia',
  'Sardegna',
  'Sicilia',
  'Toscana',
  'Trentino-Alto Adige',
  'Umbria',
  "Valle d'Aosta",
  'Veneto',
] as const;

const BY_KEY = new Map<string, string>(ITALIAN_REGIONS.map((name) => [regionKey(name), name]));

/** Case, accents, apostrophes and dashes do not matter: "valle d’aosta" and "Valle d'Aosta" are one region. */
export function regionKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split('/')[0]!
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The official spelling of a region name, or null when it is not an Italian region. */
export function canonicalRegion(name: string): string | null {
  return BY_KEY.get(regionKey(name)) ?? null;
}

export function sameRegion(a: string, b: string): boolean {
  return regionKey(a) === regionKey(b);
}
