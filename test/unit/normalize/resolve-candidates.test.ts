import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBlockFields } from '../../../src/core/extract-form/fields-from-blocks.ts';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { labsInRows } from '../../../src/core/normalize/labs-in-rows.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';

const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
const context = { catalog, senderEmail: 'protocollo@comune.bari.it' };

function normalizeLines(lines: string[]) {
  const { fields, evidence } = readBlockFields(lines.map((line) => ({ cells: line.split(' | ') })));
  return normalizeRequest(fields, context, { evidence });
}

describe('fields resolved from candidates checked against their registries', () => {
  it('passes over a title that reads like a lab field and takes the lab written further down', () => {
    const { request, sources, warnings } = normalizeLines([
      'Capacity Lab – Modulo di richiesta',
      'Comune richiedente: Matera',
      'Laboratorio richiesto (prima scelta): Valorizzazione e retention del personale',
    ]);
    expect(request.labs).toEqual([{ code: 'PO-3', title: 'Valorizzazione e retention del personale' }]);
    expect(sources.labs).toEqual({ source: 'label-later', confidence: 0.9 });
    expect(warnings.filter((warning) => warning.startsWith('lab-'))).toEqual([]);
  });

  it('passes over a heading that reads like a Comune field and takes the one the ISTAT list knows', () => {
    const { request, sources } = normalizeLines(['Ente: Modulo di adesione', 'Comune: Altamura', 'Referente: Anna Bianchi']);
    expect(request.comune).toMatchObject({ name: 'Altamura', istat: '072004', match: 'exact' });
    expect(sources.comune?.source).toBe('label-later');
  });

  it('reads every ticked row of a catalogue table, in order, and none of the unticked ones', () => {
    const rows = [
      ['Laboratori disponibili', ''],
      ['PO-1 Attrattività del lavoro pubblico', '☐'],
      ['PO-2 Reclutamento', '☒'],
      ['PO-3 Valorizzazione e retention del personale', '☐'],
      ['PC-4 Project management', 'X'],
      ['PC-5 Monitoraggio e valutazione', ''],
    ];
    expect(labsInRows(rows, catalog).checked.map((lab) => lab.code)).toEqual(['PO-2', 'PC-4']);
    const { request, sources } = normalizeRequest({ comune: 'Bari' }, context, { evidence: { candidates: {}, rows } });
    expect(request.labs.map((lab) => lab.code)).toEqual(['PO-2', 'PC-4']);
    expect(sources.labs?.source).toBe('checked-row');
  });

  it('chooses nothing from a printed catalogue with no marks', () => {
    const rows = catalog.labs.map((lab) => [`${lab.code} ${lab.title}`]);
    expect(labsInRows(rows, catalog)).toEqual({ checked: [], inLabSection: [], elsewhere: [] });
    expect(normalizeRequest({ comune: 'Bari' }, context, { evidence: { candidates: {}, rows } }).request.labs).toEqual([]);
  });

  it('takes a lab alone on a line under a lab heading that no label introduced', () => {
    const { request, sources, warnings } = normalizeLines(['Comune: Bari', 'Sezione C – Percorso formativo scelto', 'Project management', 'Referente: Anna Bianchi']);
    expect(request.labs.map((lab) => lab.code)).toEqual(['PC-4']);
    expect(sources.labs).toEqual({ source: 'lab-section', confidence: 0.8 });
    expect(warnings.some((warning) => warning.startsWith('low-confidence'))).toBe(false);
  });

  it('takes a lab named only in passing, but with low confidence, so a person checks it', () => {
    const { request, sources, warnings } = normalizeLines(['Comune: Bari', 'Referente: Anna Bianchi', 'Ci interessa il laboratorio sul PIAO per il 2027']);
    expect(request.labs.map((lab) => lab.code)).toEqual(['PO-4']);
    expect(sources.labs?.source).toBe('document');
    expect(warnings).toContain('low-confidence: labs (document, 0.65)');
  });

  it('keeps first and second choice in order, and lists several labs written in one value', () => {
    expect(normalizeLines(['Prima scelta: Contrattazione', 'Seconda scelta: PO-2']).request.labs.map((lab) => lab.code)).toEqual(['PO-5', 'PO-2']);
    expect(normalizeLines(['Laboratorio 1: PC-4', 'Laboratorio 2: PC-5']).request.labs.map((lab) => lab.code)).toEqual(['PC-4', 'PC-5']);
    expect(normalizeLines(['Laboratori richiesti: PC-4 e PC-5']).request.labs.map((lab) => lab.code)).toEqual(['PC-4', 'PC-5']);
    expect(normalizeLines(['Laboratorio: Reclutamento; Contrattazione']).request.labs.map((lab) => lab.code)).toEqual(['PO-2', 'PO-5']);
  });

  it('takes the Comune from a letterhead when no label names one the ISTAT list knows', () => {
    const { request, sources } = normalizeLines(['COMUNE DI ALTAMURA', 'Provincia di Bari', 'Referente: Anna Bianchi']);
    expect(request.comune).toMatchObject({ name: 'Altamura', istat: '072004' });
    expect(sources.comune?.source).toBe('letterhead');
  });

  it('skips an invalid e-mail or count for a valid later one', () => {
    const { request } = normalizeLines(['E-mail: vedi sotto', 'Partecipanti: da definire', 'E-mail: a.bianchi@comune.bari.it', 'Numero partecipanti: 12']);
    expect(request.contact.email).toBe('a.bianchi@comune.bari.it');
    expect(request.participants).toBe(12);
  });
});

describe('labs chosen in a catalogue table', () => {
  it('orders labs by a priority column, and ignores a column that only numbers the catalogue', () => {
    const ranked = [['Codice', 'Laboratorio', 'Priorità'], ['PC-2', 'Gestione finanziaria', '2'], ['PC-5', 'Monitoraggio e valutazione', '1']];
    expect(labsInRows(ranked, catalog).checked.map((lab) => lab.code)).toEqual(['PC-5', 'PC-2']);
    const numbered = catalog.labs.map((lab, index) => [String(index + 1), lab.code, lab.title]);
    expect(labsInRows(numbered, catalog).checked).toEqual([]);
  });

  it('reads a mark written after the lab, one lab per line of a cell', () => {
    const rows = [['Laboratorio', 'Reclutamento ☐\nContrattazione ☒\nProject management ☐']];
    expect(labsInRows(rows, catalog).checked.map((lab) => lab.code)).toEqual(['PO-5']);
  });
});

describe("the contact's own line", () => {
  it("gives the contact's phone over a separate number that may be the office's switchboard", () => {
    const { request } = normalizeLines(['COMUNE DI SANREMO', 'Tel. 0184 580400', 'Referente: Martina Ghiglione, funzionaria – m.ghiglione@comune.sanremo.im.it – tel. 0184 580412.']);
    expect(request.contact).toMatchObject({ name: 'Martina Ghiglione', phone: '0184580412' });
  });
});

describe('letters and catalogue tables written by other offices', () => {
  it('never takes one of our own addresses for the contact', () => {
    const { request } = normalizeRequest({ comune: 'Bari', referente_email: 'cap4city@anci.example.it' }, { ...context, ownAddresses: ['cap4city@anci.example.it'] });
    expect(request.contact.email).toBe('protocollo@comune.bari.it');
  });

  it('reads a Sì/No column and keeps the rows ranked by preference over the order they are written in', () => {
    const yesNo = catalog.labs.map((lab) => [lab.title, lab.code === 'PC-6' ? 'Sì' : 'No']);
    expect(labsInRows(yesNo, catalog).checked.map((lab) => lab.code)).toEqual(['PC-6']);
    const { request } = normalizeRequest({ laboratorio: 'PO-2 Reclutamento' }, context, {
      evidence: { candidates: {}, rows: [['Laboratorio', 'Preferenza'], ['PO-2 Reclutamento', '2'], ['PO-6 Gestione associata di funzioni e servizi', '1']] },
    });
    expect(request.labs.map((lab) => lab.code)).toEqual(['PO-6', 'PO-2']);
  });

  it('reads a role written before the name', () => {
    expect(normalizeLines(['Referente: Istruttore direttivo amministrativo / Giovanni Atzori']).request.contact).toMatchObject({ name: 'Giovanni Atzori', role: 'Istruttore direttivo amministrativo' });
  });
});

describe('a name with markup around it', () => {
  it('is still a name (the mail escapes it), while lower-case OCR noise is none', () => {
    expect(normalizeLines(['Referente: <b>Mario</b> Rossi']).request.contact.name).toBe('<b>Mario</b> Rossi');
    expect(normalizeLines(['Referente: i dei datati']).request.contact.name).toBeNull();
  });
});
