import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { matchLab } from '../../../src/core/normalize/match-lab.ts';
import { IntakeError } from '../../../src/core/errors.ts';

const catalogYaml = readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8');
const catalog = parseCatalog(catalogYaml);

const FORM_MD_LABS: Array<[string, string, string]> = [
  ['PO-1', 'PO', 'Attrattività del lavoro pubblico'],
  ['PO-2', 'PO', 'Reclutamento'],
  ['PO-3', 'PO', 'Valorizzazione e retention del personale'],
  ['PO-4', 'PO', 'PIAO e programmazione delle assunzioni'],
  ['PO-5', 'PO', 'Contrattazione'],
  ['PO-6', 'PO', 'Gestione associata di funzioni e servizi'],
  ['PC-1', 'PC', 'Costruzione del parco progetti'],
  ['PC-2', 'PC', 'Gestione finanziaria'],
  ['PC-3', 'PC', 'Procedure e affidamenti'],
  ['PC-4', 'PC', 'Project management'],
  ['PC-5', 'PC', 'Monitoraggio e valutazione'],
  ['PC-6', 'PC', 'Comunicazione e valorizzazione dei progetti finanziati'],
];

describe('config/catalog.yaml', () => {
  it('holds the twelve labs and two areas of FORM.md', () => {
    expect(catalog.labs.map((lab) => [lab.code, lab.area, lab.title])).toEqual(FORM_MD_LABS);
    expect(catalog.areas).toEqual([
      { code: 'PO', title: 'Personale e organizzazione' },
      { code: 'PC', title: 'Progetti e politiche di coesione' },
    ]);
    for (const lab of catalog.labs) expect(lab.aliases.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a malformed catalogue with a stable error code', () => {
    const broken = catalogYaml.replace('code: PC-6', 'code: PC-3');
    expect(() => parseCatalog(broken)).toThrow(IntakeError);
    expect(() => parseCatalog(broken)).toThrow(/duplicate lab code PC-3/);
    expect(() => parseCatalog('areas: []\nlabs: []')).toThrow(/invalid lab catalogue/);
    const sharedAlias = catalogYaml.replace('      - gare\n', '      - gare\n      - PIAO\n');
    expect(() => parseCatalog(sharedAlias)).toThrow(/"PIAO" names both PO-4 and PC-3/);
  });
});

describe('matchLab', () => {
  const codes = (raw: string | null): string[] => matchLab(raw, catalog).labs.map((lab) => lab.code);

  it.each(['PC-3', 'PC3', 'pc 3', 'PC-03', 'P.C. 3', 'pc_3', 'Procedure e affidamenti', 'PC-3 Procedure e affidamenti', 'PC-3 - PROCEDURE E AFFIDAMENTI', 'appalti', 'Laboratorio: affidamenti'])(
    '%s → PC-3, exact',
    (raw) => {
      expect(matchLab(raw, catalog)).toEqual({ labs: [{ code: 'PC-3', title: 'Procedure e affidamenti' }], match: 'exact', warnings: [] });
    },
  );

  it('recognises every title of FORM.md exactly', () => {
    for (const [code, , title] of FORM_MD_LABS) expect(matchLab(title, catalog)).toMatchObject({ labs: [{ code }], match: 'exact' });
  });

  it('knows the aliases people use', () => {
    expect(codes('procedure di gara')).toEqual(['PC-3']);
    expect(codes('codice dei contratti')).toEqual(['PC-3']);
    expect(codes('PIAO')).toEqual(['PO-4']);
    expect(codes('Piano integrato di attività e organizzazione')).toEqual(['PO-4']);
    expect(codes('piano dei fabbisogni')).toEqual(['PO-4']);
    expect(codes('programmazione assunzioni')).toEqual(['PO-4']);
    expect(codes('comunicazione progetti PNRR')).toEqual(['PC-6']);
    expect(codes('Comunicazione dei progetti')).toEqual(['PC-6']);
    expect(codes('gestione associata')).toEqual(['PO-6']);
    expect(codes('Unione dei Comuni')).toEqual(['PO-6']);
    expect(codes('retention')).toEqual(['PO-3']);
    expect(codes('rendicontazione')).toEqual(['PC-2']);
  });

  it('finds an alias inside a sentence, as fuzzy', () => {
    expect(matchLab('vorremmo un laboratorio sugli appalti', catalog)).toMatchObject({ labs: [{ code: 'PC-3' }], match: 'fuzzy', warnings: [] });
    expect(matchLab('Ci interessa lavorare sul PIAO 2026-2028', catalog)).toMatchObject({ labs: [{ code: 'PO-4' }], match: 'fuzzy' });
  });

  it('prefers the longer phrase when one contains another', () => {
    expect(codes('gestione finanziaria dei progetti')).toEqual(['PC-2']);
    expect(codes('comunicazione dei progetti finanziati')).toEqual(['PC-6']);
  });

  it('tolerates typos', () => {
    expect(matchLab('Reclutamneto', catalog)).toMatchObject({ labs: [{ code: 'PO-2' }], match: 'fuzzy' });
    expect(matchLab('Procedure e afidamenti', catalog)).toMatchObject({ labs: [{ code: 'PC-3' }], match: 'fuzzy' });
    expect(matchLab('Project managment', catalog)).toMatchObject({ labs: [{ code: 'PC-4' }], match: 'fuzzy' });
  });

  it('says ambiguous when two labs fit equally', () => {
    const result = matchLab('monitoraggio e rendicontazione', catalog);
    expect(result).toMatchObject({ labs: [], match: 'ambiguous' });
    expect(result.warnings).toEqual(['lab-ambiguous: monitoraggio e rendicontazione → PC-5 Monitoraggio e valutazione, PC-2 Gestione finanziaria']);
  });

  it('trusts a code over a title that disagrees, with a warning', () => {
    const result = matchLab('PC-3 Reclutamento', catalog);
    expect(result).toMatchObject({ labs: [{ code: 'PC-3' }], match: 'fuzzy' });
    expect(result.warnings[0]).toMatch(/^lab-code-title-mismatch: /);
  });

  it('returns every code written, in order', () => {
    expect(codes('PO-4 / PO-2')).toEqual(['PO-4', 'PO-2']);
  });

  it('reports unknown codes and unrecognised text', () => {
    expect(matchLab('PC-9', catalog)).toEqual({ labs: [], match: 'none', warnings: ['lab-code-unknown: PC-9', 'lab-not-found: PC-9'] });
    expect(matchLab('Personale e organizzazione', catalog)).toMatchObject({ labs: [], match: 'none', warnings: ['lab-not-found: Personale e organizzazione'] });
    expect(matchLab(null, catalog)).toEqual({ labs: [], match: 'none', warnings: [] });
    expect(matchLab('  ', catalog)).toEqual({ labs: [], match: 'none', warnings: [] });
  });
});

describe('matchLab: labs described in a sentence', () => {
  it.each([
    ['vorremmo un confronto con le organizzazioni sindacali sul salario accessorio', 'PO-5'],
    ['ci serve aiuto per rendicontare i fondi ricevuti', 'PC-2'],
    ['i cantieri sono senza cronoprogrammi condivisi', 'PC-4'],
    ['serve un piano di comunicazione per i cittadini', 'PC-6'],
    ['dobbiamo preparare i bandi di concorso del 2026', 'PO-2'],
  ])('%s → %s', (sentence, code) => {
    expect(matchLab(sentence, catalog).labs.map((lab) => lab.code)).toEqual([code]);
  });
});
