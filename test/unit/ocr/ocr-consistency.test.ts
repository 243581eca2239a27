import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { normalizeRequest } from '../../../src/core/normalize/normalize-request.ts';
import { checkOcrKeyFields } from '../../../src/core/ocr/check-ocr-key-fields.ts';
import { judgeLocalPart } from '../../../src/core/ocr/contact-consistency.ts';
import { ocrFields, type OcrFieldsReading } from '../../../src/core/ocr/ocr-fields.ts';
import { repairEmail, repairOcrValue } from '../../../src/core/ocr/repair-ocr-value.ts';
import type { FormFields } from '../../../src/core/types.ts';
import { formRows, ocrPage } from './ocr-page-builder.ts';

const catalog = parseCatalog(readFileSync(new URL('../../../config/catalog.yaml', import.meta.url), 'utf8'));
const THRESHOLD = 80;

describe('the contact address against the contact name', () => {
  it('knows the ways an address is made of a name', () => {
    for (const [local, name] of [
      ['n.rossi', 'Nicolò Rossi'],
      ['nicolo.rossi', 'Nicolò Rossi'],
      ['rossi.n', 'Nicolò Rossi'],
      ['g.deluca', 'Giovanna De Luca'],
      ['michele.diiorio', 'Michele Di Iorio'],
      ['i.maltese', 'Ilaria Maltese'],
      ['l.piras2', 'Luca Piras'],
    ]) {
      expect(judgeLocalPart(local!, name!), `${local} for ${name}`).toEqual({ kind: 'fits' });
    }
  });

  it('takes away a border read in front of it, and puts back an initial read as its look-alike', () => {
    expect(judgeLocalPart('in.rossi', 'Nicolò Rossi')).toEqual({ kind: 'border', local: 'n.rossi' });
    expect(judgeLocalPart('|n.rossi', 'Nicolò Rossi')).toEqual({ kind: 'border', local: 'n.rossi' });
    expect(judgeLocalPart('li.maltese', 'Ilaria Maltese')).toEqual({ kind: 'border', local: 'i.maltese' });
    expect(judgeLocalPart('l.maltese', 'Ilaria Maltese')).toEqual({ kind: 'initial', local: 'i.maltese' });
  });

  it('calls a letter away from the name a near miss, and says nothing of generic addresses', () => {
    expect(judgeLocalPart('m.loludice', 'Michele Loiudice')).toEqual({ kind: 'near-miss' });
    expect(judgeLocalPart('segreteria.generale', 'Giovanni Maria Satta')).toEqual({ kind: 'unrelated' });
    expect(judgeLocalPart('protocollo', null)).toEqual({ kind: 'unrelated' });
    // no name to go by: a two-letter first part starting with what a border reads as is suspect
    expect(judgeLocalPart('in.rossi', null)).toEqual({ kind: 'near-miss' });
  });
});

describe('OCR repairs of box borders read as letters', () => {
  it('takes a border off names, lab codes, ISTAT codes and provinces, and leaves real letters', () => {
    expect(repairOcrValue('referente_nome', 'INicolò Rossi')).toBe('Nicolò Rossi');
    expect(repairOcrValue('referente_nome', 'l Nicolò Rossi')).toBe('Nicolò Rossi');
    expect(repairOcrValue('referente_nome', 'Ilaria Maltese')).toBe('Ilaria Maltese');
    expect(repairOcrValue('comune', 'lMatera')).toBe('Matera');
    expect(repairOcrValue('comune', 'Ittiri')).toBe('Ittiri');
    expect(repairOcrValue('laboratorio', '1PO-3 Valorizzazione e retention del personale')).toBe('PO-3 Valorizzazione e retention del personale');
    expect(repairOcrValue('laboratorio', 'IPC-2 Gestione finanziaria')).toBe('PC-2 Gestione finanziaria');
    expect(repairOcrValue('codice_istat', '1101010')).toBe('101010');
    expect(repairOcrValue('codice_istat', '077014')).toBe('077014');
    expect(repairOcrValue('provincia', 'ÎTP')).toBe('TP');
    expect(repairOcrValue('provincia', 'ITP')).toBe('TP');
    expect(repairOcrValue('provincia', 'LT')).toBe('LT');
  });

  it('drops a rule left between two separators of an address', () => {
    expect(repairEmail('m._loiudice@comune.altamura.ba.it')).toBe('m.loiudice@comune.altamura.ba.it');
    expect(repairEmail('anna.lorusso@comune.matera.it')).toBe('anna.lorusso@comune.matera.it');
  });
});

function form(pairs: Array<[string, string]>): OcrFieldsReading {
  return ocrFields([ocrPage(formRows(pairs.map(([label, value]) => [label, value, 95])))], { catalog });
}

describe('ocrFields: values set right by the rest of the form', () => {
  it('mends the address by the name, and says it repaired it', () => {
    const reading = form([
      ['Referente: nome e cognome *', 'INicolò Rossi'],
      ['E-mail del referente *', 'in.rossi@comune.crotone.it'],
    ]);
    expect(reading.fields).toMatchObject({ referente_nome: 'Nicolò Rossi', referente_email: 'n.rossi@comune.crotone.it' });
    expect(reading.repaired).toEqual(expect.arrayContaining(['referente_nome', 'referente_email']));
    expect(reading.confidence.referente_email).toBeLessThan(95);
  });

  it('leaves an address that fits the name alone, and trims a bracket left of a value', () => {
    const reading = form([
      ['Referente: nome e cognome *', 'Ilaria Maltese'],
      ['E-mail del referente *', 'i.maltese@comune.trapani.it'],
      ['Telefono', '[0923 590111'],
    ]);
    expect(reading.fields).toMatchObject({ referente_email: 'i.maltese@comune.trapani.it', referente_telefono: '0923 590111' });
    expect(reading.repaired).toEqual([]);
  });

  it('puts right a lab code misread beside a title the catalogue knows', () => {
    const reading = form([['Laboratorio richiesto (prima scelta) *', 'PO-2 Gestione finanziaria']]);
    expect(reading.fields.laboratorio).toBe('PC-2 Gestione finanziaria');
    expect(reading.repaired).toEqual(['laboratorio']);
    // two characters away: not a misreading the title can settle
    expect(form([['Laboratorio richiesto (prima scelta) *', 'PO-5 Gestione finanziaria']]).fields.laboratorio).toBe('PO-5 Gestione finanziaria');
  });
});

function check(fields: FormFields, options: { repaired?: OcrFieldsReading['repaired']; senderEmail?: string | null } = {}) {
  const reading = { fields, confidence: { comune: 95, laboratorio: 92, referente_email: 93 }, repaired: options.repaired ?? [] };
  const request = normalizeRequest(fields, { catalog, senderEmail: options.senderEmail ?? null }).request;
  const checks = checkOcrKeyFields(reading, request, { catalog, threshold: THRESHOLD, senderEmail: options.senderEmail ?? null });
  for (const one of checks) if (one.flagged) expect(one.confidence, `${one.field} flagged below the threshold`).toBeLessThan(THRESHOLD);
  return Object.fromEntries(checks.map((one) => [one.field, one.flagged ? one.doubt : 'ok']));
}

const CROTONE: FormFields = {
  comune: 'Crotone',
  provincia: 'KR',
  codice_istat: '101010',
  referente_nome: 'Nicolò Rossi',
  referente_email: 'n.rossi@comune.crotone.it',
  pec_ente: 'protocollo@pec.comune.crotone.it',
  ambito: 'Personale e organizzazione',
  laboratorio: 'PO-3 Valorizzazione e retention del personale',
};

describe('checkOcrKeyFields: key fields against the rest of the form', () => {
  it('takes a consistent form as sure', () => {
    expect(check(CROTONE)).toEqual({ comune: 'ok', laboratorio: 'ok', referente_email: 'ok' });
  });

  it('flags a repaired key field below the threshold, however sure the OCR was of its words', () => {
    expect(check(CROTONE, { repaired: ['referente_email', 'laboratorio'] })).toEqual({ comune: 'ok', laboratorio: 'repaired', referente_email: 'repaired' });
  });

  it('flags a Comune that the province or the ISTAT code read on the form contradict', () => {
    expect(check({ ...CROTONE, provincia: 'CZ' }).comune).toBe('suspect');
    expect(check({ ...CROTONE, codice_istat: '079023' }).comune).toBe('suspect');
  });

  it('flags a lab of the other area than the one written', () => {
    expect(check({ ...CROTONE, ambito: 'Progetti e politiche di coesione' }).laboratorio).toBe('suspect');
  });

  it('flags an address one letter from the name, one with a border in front and no name, or a domain one letter from the Comune or the PEC', () => {
    expect(check({ ...CROTONE, referente_email: 'n.rosi@comune.crotone.it' }).referente_email).toBe('suspect');
    expect(check({ ...CROTONE, referente_nome: undefined, referente_email: 'in.rossi@comune.crotone.it' }).referente_email).toBe('suspect');
    expect(check({ ...CROTONE, referente_email: 'n.rossi@comune.crotome.it' }).referente_email).toBe('suspect');
    expect(check({ ...CROTONE, comune: 'Catanzaro', provincia: 'CZ', codice_istat: '079023', pec_ente: undefined, referente_email: 'n.rossi@comune.catanzar0.it' }).referente_email).toBe('suspect');
    expect(check({ ...CROTONE, referente_email: 'n.rossi@gmail.com' }).referente_email).toBe('ok');
  });
});
