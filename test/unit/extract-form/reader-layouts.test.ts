import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/core/extract-form/extract-body.ts';
import { fieldsFromBlocks, readBlockFields, type TextBlock } from '../../../src/core/extract-form/fields-from-blocks.ts';
import { splitLabelValue } from '../../../src/core/extract-form/split-label-value.ts';

const lines = (...texts: string[]): TextBlock[] => texts.map((text) => ({ cells: [text] }));

describe('layouts of forms that other offices make', () => {
  it('reads a merged title cell once, as a heading, not as a label with itself as value', () => {
    const fields = fieldsFromBlocks([
      { cells: ['', 'REFERENTE', 'REFERENTE'] },
      { cells: ['3', 'Nome e cognome', 'Michele Dibenedetto'] },
    ]);
    expect(fields.referente_nome).toBe('Michele Dibenedetto');
  });

  it('reads two labels over their two values', () => {
    expect(fieldsFromBlocks([{ cells: ['PROVINCIA', 'CODICE ISTAT'] }, { cells: ['ME', '083072'] }])).toEqual({ provincia: 'ME', codice_istat: '083072' });
  });

  it('separates a label printed right against its value when the value has the shape of the field', () => {
    expect(fieldsFromBlocks(lines('Numero indicativo di partecipanti 20'))).toEqual({ partecipanti: '20' });
    expect(fieldsFromBlocks(lines('Nome e cognome / Nom et prénom Luca Favre'))).toEqual({ referente_nome: 'Luca Favre' });
    expect(fieldsFromBlocks(lines('Fabbisogni formativi del personale sono cresciuti'))).toEqual({});
  });

  it('reads label and value columns typed with the space bar', () => {
    expect(fieldsFromBlocks(lines('Referente      Giovanni Mele      Ruolo      Segretario generale'))).toEqual({
      referente_nome: 'Giovanni Mele',
      referente_ruolo: 'Segretario generale',
    });
  });

  it('takes the paragraph under a "Sezione D – Fabbisogni" heading as the needs', () => {
    expect(fieldsFromBlocks(lines('Sezione D – Fabbisogni', 'Rendicontare la spesa dei progetti finanziati.')).fabbisogni).toBe('Rendicontare la spesa dei progetti finanziati.');
  });

  it('does not take the rest of a label that holds a colon for its value', () => {
    expect(splitLabelValue('Referente: nome e cognome')).toMatchObject({ field: 'referente_nome', value: '' });
    expect(splitLabelValue('Regerente: nome e cognome: Anna Lorusso')).toMatchObject({ field: 'referente_nome', value: 'Anna Lorusso' });
    expect(splitLabelValue('Comune: Comune di Bari')).toMatchObject({ field: 'comune', value: 'Comune di Bari' });
    expect(fieldsFromBlocks(lines('Referente: nome e cognome', 'Anna Lorusso')).referente_nome).toBe('Anna Lorusso');
  });

  it('reads abbreviated or misspelt labels alone on their line, their value on the next', () => {
    expect(fieldsFromBlocks(lines('Nominativo ref.', 'Francesco Guido', 'gg. in presenza', '2'))).toEqual({ referente_nome: 'Francesco Guido', giornate: '2' });
    expect(fieldsFromBlocks(lines('Laboratorio (seconda scleta)', 'PC-4')).laboratorio_2).toBe('PC-4');
  });

  it('joins a label wrapped in its column to the line that ends it', () => {
    expect(fieldsFromBlocks([{ cells: ['NUMERO INDICATIVO DI', '7'] }, { cells: ['PARTECIPANTI'] }])).toEqual({ partecipanti: '7' });
  });

  it('reads a form quoted in a new message, but never the quotation in a reply', () => {
    const text = ['Buongiorno, riprendo la richiesta qui sotto.', '', 'Il giorno ven 9 gen 2026 Anna Rossi ha scritto:', '> Comune richiedente: Bari', '> Referente: Anna Rossi', '> Laboratorio richiesto: PC-3', '> Fabbisogni e obiettivi: gare'].join('\n');
    expect(readBody(text, null, { readQuotedForm: true }).form?.fields).toMatchObject({ comune: 'Bari', referente_nome: 'Anna Rossi', laboratorio: 'PC-3' });
    expect(readBody(text, null, { readQuotedForm: false }).form?.fields.comune).toBeUndefined();
  });
});

describe('what letters and re-typed forms leave to other places', () => {
  it('joins a name asked for in two halves, whatever the label around "Nome" and "Cognome"', () => {
    expect(fieldsFromBlocks([{ cells: ['Dati del referente – Nome', 'Giulia'] }, { cells: ['Dati del referente – Cognome', 'Ferraris'] }]).referente_nome).toBe('Giulia Ferraris');
    expect(fieldsFromBlocks(lines('Cognome: Gerola', 'Nome: Chiara')).referente_nome).toBe('Chiara Gerola');
    expect(fieldsFromBlocks(lines('Nome e cognome: Anna Rossi')).referente_nome).toBe('Anna Rossi');
  });

  it('reads a header row with a column of its own, but not a row of labels and values side by side', () => {
    expect(fieldsFromBlocks([{ cells: ['Comune', 'Referente', 'Partecipanti', 'Note'] }, { cells: ['Pontedera', 'Chiara Bientinesi', '8', ''] }])).toMatchObject({
      comune: 'Pontedera',
      referente_nome: 'Chiara Bientinesi',
      partecipanti: '8',
    });
    expect(fieldsFromBlocks([{ cells: ['Codice ISTAT', '075052', 'PEC', 'protocollo@pec.comune.nardo.le.it'] }])).toEqual({
      codice_istat: '075052',
      pec_ente: 'protocollo@pec.comune.nardo.le.it',
    });
  });
});

describe('tables of records are not forms in columns', () => {
  it('reads nothing from a catalogue listed under a header, but one row of values under labels', () => {
    const catalogue = [['Laboratorio', 'Area', ''], ['Attrattività del lavoro pubblico', 'Personale e organizzazione', ''], ['Reclutamento', 'Personale e organizzazione', 'X'], ['Contrattazione', 'Personale e organizzazione', '']];
    expect(fieldsFromBlocks(catalogue.map((cells) => ({ cells })))).toEqual({});
    expect(fieldsFromBlocks([{ cells: ['PARTECIPANTI', 'GIORNATE'] }, { cells: ['18', '2'] }, { cells: ['Alghero, 27/01/2026', 'Il referente'] }])).toMatchObject({ partecipanti: '18', giornate: '2' });
  });
});

describe('rows that say less than they seem', () => {
  it('reads a row of a label and a word as a possible pair of labels, the row below holding the value', () => {
    const blocks = [{ cells: ['Referente', 'Servizio'] }, { cells: ['Elena Maestri', 'Ufficio Stampa'] }];
    expect(readBlockFields(blocks).evidence.candidates.referente_nome).toEqual(['Servizio', 'Elena Maestri']);
  });

  it('ends a value in its table cell: a heading paragraph after the table is not more of it', () => {
    expect(fieldsFromBlocks([{ cells: ['Fabbisogni e obiettivi', 'Pianificare attività e scadenze.'] }, { cells: ['Organizzazione'] }]).fabbisogni).toBe('Pianificare attività e scadenze.');
  });

  it('knows a second option however it is numbered', () => {
    expect(fieldsFromBlocks([{ cells: ["Laboratorio d'interesse – 2ª opzione", 'PC-5'] }]).laboratorio_2).toBe('PC-5');
  });
});

describe('a form laid out in two columns of label rows over value rows', () => {
  it('is not a table of records', () => {
    const blocks = [['Comune', 'Provincia'], ['Vigevano', 'Pavia (PV)'], ['Referente', 'Servizio'], ['Elena Maestri', 'Ufficio Stampa'], ['E-mail', 'Telefono'], ['e.maestri@comune.vigevano.pv.it', '0381 299 256']];
    const { fields, evidence } = readBlockFields(blocks.map((cells) => ({ cells })));
    expect(fields).toMatchObject({ comune: 'Vigevano', referente_email: 'e.maestri@comune.vigevano.pv.it', referente_telefono: '0381 299 256' });
    expect(evidence.candidates.referente_nome).toContain('Elena Maestri');
  });
});

describe('choices called options', () => {
  it('reads "Opzione A" and "Opzione B" as first and second choice', () => {
    expect(fieldsFromBlocks(lines('Opzione A: PO-3', 'Opzione B: PO-1'))).toEqual({ laboratorio: 'PO-3', laboratorio_2: 'PO-1' });
  });
});
