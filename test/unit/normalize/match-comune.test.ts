import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchComune } from '../../../src/core/normalize/match-comune.ts';

describe('reference/comuni.json', () => {
  const file = JSON.parse(readFileSync(new URL('../../../reference/comuni.json', import.meta.url), 'utf8')) as {
    comuni: Array<[string, string, string, string]>;
  };

  it('holds the complete ISTAT list with codes, provinces and regions', () => {
    expect(file.comuni.length).toBeGreaterThan(7800);
    expect(new Set(file.comuni.map((row) => row[0])).size).toBe(file.comuni.length);
    const malformed = file.comuni.filter(
      ([istat, name, province, region]) => !/^\d{6}$/.test(istat) || !name || name.trim() !== name || !/^[A-Z]{2}$/.test(province) || region.length < 4,
    );
    expect(malformed).toEqual([]);
    expect(new Set(file.comuni.map((row) => row[3])).size).toBe(20);
  });

  it('has no garbled characters left from the source encoding', () => {
    const garbled = file.comuni.filter(([, name]) => /[?\u0080-\u009F\uFFFD]/.test(name));
    expect(garbled).toEqual([]);
    expect(file.comuni.find((row) => row[0] === '031019')?.[1]).toBe('San Floriano del Collio-Števerjan');
  });
});

describe('matchComune: Comuni of the programme regions', () => {
  it.each([
    ['Bari', '072006', 'BA', 'Puglia'],
    ['Potenza', '076063', 'PZ', 'Basilicata'],
    ['Matera', '077014', 'MT', 'Basilicata'],
    ['Lamezia Terme', '079160', 'CZ', 'Calabria'],
    ['San Giovanni in Fiore', '078119', 'CS', 'Calabria'],
    ['Napoli', '063049', 'NA', 'Campania'],
    ['Salerno', '065116', 'SA', 'Campania'],
    ['Campobasso', '070006', 'CB', 'Molise'],
    ['Isernia', '094023', 'IS', 'Molise'],
    ['Cagliari', '092009', 'CA', 'Sardegna'],
    ["Quartu Sant'Elena", '092051', 'CA', 'Sardegna'],
    ['Palermo', '082053', 'PA', 'Sicilia'],
    ['Catania', '087015', 'CT', 'Sicilia'],
  ])('%s is an exact match', (raw, istat, province, region) => {
    const result = matchComune(raw);
    expect(result.ref).toEqual({ name: raw, istat, province, region, match: 'exact' });
    expect(result.warnings).toEqual([]);
  });
});

describe('matchComune: how people write the name', () => {
  it.each([
    'bari',
    'BARI',
    'Comune di Bari',
    'COMUNE DI BARI (BA)',
    'Città di Bari',
    "Citta' di Bari",
    'Bari (BA)',
    'Bari - BA',
    'Bari, BA',
    'Amministrazione comunale di Bari',
    'Spett.le Comune di Bari',
    'Comune di Bari (Città Metropolitana di Bari)',
    '70121 Bari',
  ])('%s → Bari, exact', (raw) => {
    const result = matchComune(raw);
    expect(result.ref).toMatchObject({ name: 'Bari', istat: '072006', match: 'exact' });
    expect(result.warnings).toEqual([]);
  });

  it('ignores accents, apostrophes and spacing', () => {
    for (const raw of ["COMUNE DI SANT'AGATA DE' GOTI", 'Santagata de Goti', 'Sant Agata de Goti', 'sant’agata de’ goti']) {
      expect(matchComune(raw).ref).toMatchObject({ name: "Sant'Agata de' Goti", istat: '062070', province: 'BN', match: 'exact' });
    }
    expect(matchComune('Cefalu').ref).toMatchObject({ name: 'Cefalù', istat: '082027', match: 'exact' });
    expect(matchComune("l'Aquila").ref).toMatchObject({ name: "L'Aquila", province: 'AQ', match: 'exact' });
    expect(matchComune('LAQUILA').ref).toMatchObject({ name: "L'Aquila", match: 'exact' });
  });

  it('keeps names that start like a prefix when they are the real name', () => {
    expect(matchComune('Città di Castello').ref).toMatchObject({ name: 'Città di Castello', province: 'PG', match: 'exact' });
    expect(matchComune('Comune di Città di Castello').ref).toMatchObject({ name: 'Città di Castello', match: 'exact' });
    expect(matchComune('San Benedetto Po').ref).toMatchObject({ name: 'San Benedetto Po', province: 'MN', match: 'exact' });
  });

  it('reads both halves of bilingual names and returns the official name', () => {
    for (const raw of ['Bolzano', 'Bozen', 'Bolzano/Bozen', 'Comune di Bolzano - Gemeinde Bozen']) {
      expect(matchComune(raw).ref).toMatchObject({ name: 'Bolzano/Bozen', istat: '021008', province: 'BZ', match: 'exact' });
    }
    expect(matchComune('Duino Aurisina').ref).toMatchObject({ name: 'Duino Aurisina-Devin Nabrežina', match: 'exact' });
  });

  it('tells Reggio di Calabria from its common variant and from Reggio Emilia', () => {
    expect(matchComune('Reggio di Calabria').ref).toMatchObject({ istat: '080063', match: 'exact' });
    expect(matchComune('Reggio Calabria').ref).toMatchObject({ name: 'Reggio di Calabria', istat: '080063', match: 'fuzzy' });
    expect(matchComune('Reggio Emilia').ref).toMatchObject({ name: "Reggio nell'Emilia", match: 'fuzzy' });
    const reggio = matchComune('Reggio');
    expect(reggio.ref.match).toBe('ambiguous');
    expect(reggio.candidates.map((candidate) => candidate.province).sort()).toEqual(['RC', 'RE']);
  });

  it('keeps Calvi and Calvi Risorta apart', () => {
    expect(matchComune('Calvi').ref).toMatchObject({ name: 'Calvi', province: 'BN', match: 'exact' });
    expect(matchComune('Calvi Risorta').ref).toMatchObject({ name: 'Calvi Risorta', province: 'CE', match: 'exact' });
    expect(matchComune('Comune di Calvi Risorta (CE)').ref).toMatchObject({ istat: '061010' });
  });

  it('resolves small typos as fuzzy, proportionally to the length', () => {
    expect(matchComune('Matrea').ref).toMatchObject({ name: 'Matera', istat: '077014', match: 'fuzzy' });
    expect(matchComune('Campobaso').ref).toMatchObject({ name: 'Campobasso', match: 'fuzzy' });
    expect(matchComune('San Giovani in Fiore').ref).toMatchObject({ name: 'San Giovanni in Fiore', match: 'fuzzy' });
    expect(matchComune('Comune di Lamezzia Terme').ref).toMatchObject({ name: 'Lamezia Terme', match: 'fuzzy' });
  });

  it('never fuzzy-matches short names', () => {
    expect(matchComune('Bara').ref.match).toBe('none');
    expect(matchComune('Rmoa').ref.match).toBe('none');
  });

  it('expands abbreviations and completes shortened names as fuzzy', () => {
    expect(matchComune('S. Giovanni in Fiore').ref).toMatchObject({ name: 'San Giovanni in Fiore', match: 'fuzzy' });
    expect(matchComune('Lamezia').ref).toMatchObject({ name: 'Lamezia Terme', match: 'fuzzy' });
    expect(matchComune('Aquila').ref).toMatchObject({ name: "L'Aquila", match: 'fuzzy' });
  });
});

describe('matchComune: homonyms and hints', () => {
  it('is honest about Castro', () => {
    const result = matchComune('Castro');
    expect(result.ref).toEqual({ name: 'Castro', istat: null, province: null, region: null, match: 'ambiguous' });
    expect(result.warnings).toEqual(['comune-ambiguous: Castro (BG), Castro (LE)']);
    expect(result.candidates.map((candidate) => candidate.istat)).toEqual(['016065', '075096']);
  });

  it('lets a province in the text, a province hint or an ISTAT hint decide', () => {
    expect(matchComune('Castro (LE)').ref).toEqual({ name: 'Castro', istat: '075096', province: 'LE', region: 'Puglia', match: 'exact' });
    expect(matchComune('Comune di Castro - LE').ref.istat).toBe('075096');
    expect(matchComune('Castro', { province: 'BG' }).ref.istat).toBe('016065');
    expect(matchComune('Castro', { province: 'Lecce' }).ref.istat).toBe('075096');
    expect(matchComune('Castro', { istat: '075096' }).ref.istat).toBe('075096');
    expect(matchComune('Castro (provincia di Bergamo)').ref.istat).toBe('016065');
  });

  it('leaves province and region null when the candidates differ in them', () => {
    const result = matchComune('San Teodoro');
    expect(result.ref).toEqual({ name: 'San Teodoro', istat: null, province: null, region: null, match: 'ambiguous' });
    expect(result.warnings).toEqual(['comune-ambiguous: San Teodoro (ME), San Teodoro (SS)']);
  });

  it('resolves an ISTAT code alone, with leading zeros lost by a spreadsheet', () => {
    expect(matchComune(null, { istat: '072006' }).ref).toMatchObject({ name: 'Bari', match: 'exact' });
    expect(matchComune('', { istat: '72006' }).ref).toMatchObject({ name: 'Bari', match: 'exact' });
  });

  it('falls back to the ISTAT code when the name is not recognised, and says so', () => {
    const result = matchComune('Comune di Bari Vecchia Centro', { istat: '072006' });
    expect(result.ref).toMatchObject({ name: 'Bari', match: 'fuzzy' });
    expect(result.warnings[0]).toMatch(/^comune-matched-by-istat: /);
  });

  it('warns when the hints contradict the name', () => {
    const istat = matchComune('Bari', { istat: '072004' });
    expect(istat.ref.istat).toBe('072006');
    expect(istat.warnings).toEqual(['comune-istat-mismatch: 072004 è Altamura (BA), non Bari (BA)']);
    const province = matchComune('Bitonto', { province: 'LE' });
    expect(province.ref).toMatchObject({ name: 'Bitonto', province: 'BA' });
    expect(province.warnings[0]).toMatch(/^comune-province-mismatch: Bitonto \(BA\)/);
    expect(matchComune('Bari', { istat: '999999' }).warnings).toContain('comune-istat-unknown: 999999');
    expect(matchComune('Castro', { istat: '072006' }).warnings).toEqual([
      'comune-istat-mismatch: 072006 è Bari (BA), non Castro (BG), Castro (LE)',
      'comune-ambiguous: Castro (BG), Castro (LE)',
    ]);
  });
});

describe('matchComune: no match', () => {
  it('keeps the raw text and warns', () => {
    const result = matchComune('  Xyzzy  ');
    expect(result.ref).toEqual({ name: 'Xyzzy', istat: null, province: null, region: null, match: 'none' });
    expect(result.warnings).toEqual(['comune-not-found: Xyzzy']);
  });

  it('does not take a Città Metropolitana or a Provincia for a Comune', () => {
    expect(matchComune('Città Metropolitana di Bari')).toMatchObject({
      ref: { name: 'Città Metropolitana di Bari', istat: null, match: 'none' },
      warnings: ['comune-not-a-comune: Città Metropolitana di Bari'],
    });
    expect(matchComune('Provincia di Lecce').ref.match).toBe('none');
    expect(matchComune('Unione dei Comuni della Grecia Salentina').ref.match).toBe('none');
  });

  it('returns none without warnings for an empty field', () => {
    expect(matchComune(null)).toEqual({ ref: { name: null, istat: null, province: null, region: null, match: 'none' }, candidates: [], warnings: [] });
    expect(matchComune('   ').ref.match).toBe('none');
  });
});

describe('matchComune: speed', () => {
  // The median of several rounds, so that a busy shared machine does not fail the test by itself.
  const medianMs = (rounds: number, run: () => void): number => {
    const times = Array.from({ length: rounds }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }).sort((a, b) => a - b);
    return times[Math.floor(rounds / 2)]!;
  };

  it('answers exact lookups in microseconds and fuzzy ones well under 5 ms', () => {
    matchComune('Bari');
    expect(medianMs(9, () => { for (let i = 0; i < 200; i++) matchComune('Bari'); }) / 200).toBeLessThan(0.02);
    expect(medianMs(9, () => { for (let i = 0; i < 200; i++) matchComune('Comune di Bari (BA)'); }) / 200).toBeLessThan(0.1);
    expect(medianMs(9, () => matchComune('Amministrazione comunale di San Giovani in Fiori'))).toBeLessThan(5);
    expect(medianMs(9, () => matchComune('Xyzzy qwerty lorem ipsum dolor'))).toBeLessThan(5);
  });
});

describe('matchComune: province hints as people write them', () => {
  it.each(['LE', 'le', '(LE)', 'Lecce', 'Provincia di Lecce', 'Prov. di Lecce'])('%s selects Castro (LE)', (province) => {
    const result = matchComune('Castro', { province });
    expect(result.ref.istat).toBe('075096');
    expect(result.warnings).toEqual([]);
  });

  it('reads a Città Metropolitana as its province', () => {
    expect(matchComune('Bari', { province: 'Città Metropolitana di Bari' }).warnings).toEqual([]);
  });

  it('warns about a province it cannot read and ignores it', () => {
    const result = matchComune('Castro', { province: 'Atlantide' });
    expect(result.ref.match).toBe('ambiguous');
    expect(result.warnings).toEqual(['comune-province-unknown: Atlantide', 'comune-ambiguous: Castro (BG), Castro (LE)']);
  });
});
