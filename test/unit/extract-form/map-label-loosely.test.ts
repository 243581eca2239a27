import { describe, expect, it } from 'vitest';
import { splitLabelValue } from '../../../src/core/extract-form/split-label-value.ts';
import { fieldsFromBlocks } from '../../../src/core/extract-form/fields-from-blocks.ts';
import { mapLabelLoosely } from '../../../src/core/extract-form/map-label-loosely.ts';

describe('labels nobody listed, read by their head noun', () => {
  it.each([
    ['Nominativo del referente incaricato', 'referente_nome'],
    ['Indirizzo di posta elettronica del referente', 'referente_email'],
    ["E-mail PEC dell'amministrazione", 'pec_ente'],
    ['Laboratorio (seconda scelta)', 'laboratorio_2'],
    ['Percorso formativo di interesse del Comune', 'laboratorio'],
    ['Esigenze e obiettivi del Comune', 'fabbisogni'],
    ["Ente locale di appartenenza", 'comune'],
    ["Nome dell'ente richiedente", 'comune'],
    ['Recapito telefonico diretto', 'referente_telefono'],
    ['Numero stimato dei destinatari', 'partecipanti'],
    ['Referemte', 'referente_nome'],
    ['Comue richiedente', 'comune'],
    ['Partecipnati previsti', 'partecipanti'],
  ])('%s → %s', (label, field) => {
    expect(mapLabelLoosely(label)).toBe(field);
  });

  it.each(['Oggetto', 'Il sottoscritto chiede di poter partecipare al laboratorio sul PIAO', 'Data', 'Prot. n. 12345', 'Destinatari'])('%s is not a field label', (label) => {
    expect(mapLabelLoosely(label)).toBeNull();
  });

  it('reads such a label before a colon and in a table label cell, never a bare line of prose', () => {
    expect(splitLabelValue('Indirizzo di posta elettronica del referente: a.rossi@comune.bari.it')).toMatchObject({ field: 'referente_email', value: 'a.rossi@comune.bari.it' });
    expect(fieldsFromBlocks([{ cells: ['Nominativo del referente incaricato', 'Anna Rossi'] }])).toEqual({ referente_nome: 'Anna Rossi' });
    expect(fieldsFromBlocks([{ cells: ['Il Comune intende partecipare al laboratorio'] }, { cells: ['Project management'] }])).toEqual({});
  });
});

describe('several fields typed on one line', () => {
  it('reads each "Label: value" pair of a line laid out in columns', () => {
    expect(fieldsFromBlocks([{ cells: ['Provincia: BA      Codice ISTAT: 072006'] }])).toEqual({ provincia: 'BA', codice_istat: '072006' });
    expect(fieldsFromBlocks([{ cells: ['Tel.: 080 1234567\tE-mail: a.rossi@comune.bari.it'] }])).toEqual({
      referente_telefono: '080 1234567',
      referente_email: 'a.rossi@comune.bari.it',
    });
  });

  it('keeps a value that only has wide spaces inside it', () => {
    expect(fieldsFromBlocks([{ cells: ['Fabbisogni: formare   il personale: gare e appalti'] }])).toEqual({ fabbisogni: 'formare il personale: gare e appalti' });
  });
});

describe('a cell that already holds its value', () => {
  it('is not a label for the next cell', () => {
    expect(mapLabelLoosely('Referente: Giovanni Atzori')).toBeNull();
    expect(fieldsFromBlocks([{ cells: ['Referente: Giovanni Atzori', 'Istruttore direttivo amministrativo', 'tel. 0783 791214'] }]).referente_nome).toBe('Giovanni Atzori');
  });
});
