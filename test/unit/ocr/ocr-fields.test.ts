import { describe, expect, it } from 'vitest';
import { ocrFields } from '../../../src/core/ocr/ocr-fields.ts';
import { formRows, ocrPage } from './ocr-page-builder.ts';

describe('ocrFields: OCR words of the official form → form fields', () => {
  it('reads label/value rows as the PDF text reader does, with the lowest word confidence per value', () => {
    const page = ocrPage(
      formRows([
        ['1. Comune richiedente', null],
        ['Comune richiedente *', 'Matera', 96],
        ['Provincia (sigla)', 'MT'],
        ['Referente: nome e cognome *', 'Anna Lorusso', 91],
        ['E-mail del referente *', 'anna.lorusso@comune.matera.it', 78],
        ['Laboratorio richiesto (prima scelta) *', 'PC-3 Procedure e affidamenti', 88],
      ]),
    );
    const reading = ocrFields([page]);
    expect(reading.fields).toEqual({
      comune: 'Matera',
      provincia: 'MT',
      referente_nome: 'Anna Lorusso',
      referente_email: 'anna.lorusso@comune.matera.it',
      laboratorio: 'PC-3 Procedure e affidamenti',
    });
    expect(reading.confidence).toMatchObject({ comune: 96, referente_nome: 91, referente_email: 78, laboratorio: 88 });
  });

  it('reads labels OCR garbled (rn for m, 1 for l, broken accents) by the closest official label', () => {
    const page = ocrPage(
      formRows([
        ['Cornune richiedente *', 'Potenza'],
        ['E-mai1 del referente *', 'v.summa@comune.potenza.it'],
        ['Referente: norne e cognorne *', 'Vincenzo Summa'],
        ['Laboratorio richiesto (prirna scelta) *', 'PO-4 PIAO e programmazione delle assunzioni'],
        ['Nurnero indicativo di partecipanti', '10'],
      ]),
    );
    expect(ocrFields([page]).fields).toMatchObject({
      comune: 'Potenza',
      referente_email: 'v.summa@comune.potenza.it',
      referente_nome: 'Vincenzo Summa',
      laboratorio: 'PO-4 PIAO e programmazione delle assunzioni',
      partecipanti: '10',
    });
  });

  it('undoes value confusions (O/0, l/1, e-mail punctuation, lab codes) and marks the repaired values less sure', () => {
    const page = ocrPage(
      formRows([
        ['Codice ISTAT del Comune', 'O77O14', 95],
        ['E-mail del referente *', 'anna.lorusso © comune.matera,it', 95],
        ['Laboratorio richiesto (prima scelta) *', 'P0—4 PIAO e programmazione delle assunzioni', 95],
        ['Numero indicativo di partecipanti', 'l5', 95],
        ['Sede proposta', 'Sala consiliare |', 95],
      ]),
    );
    const reading = ocrFields([page]);
    expect(reading.fields).toMatchObject({
      codice_istat: '077014',
      referente_email: 'anna.lorusso@comune.matera.it',
      laboratorio: 'PO-4 PIAO e programmazione delle assunzioni',
      partecipanti: '15',
      sede: 'Sala consiliare',
    });
    expect(reading.confidence.referente_email).toBe(85);
    expect(reading.confidence.codice_istat).toBe(85);
    expect(reading.confidence.sede).toBe(95);
  });

  it('joins a word hyphenated at the end of a line and drops the printed hints beside the continuation', () => {
    const page = ocrPage([
      { y: 500, cells: [{ text: 'Fabbisogni e obiettivi *', x: 175 }, { text: 'Rafforzare le competenze sugli affida-', x: 970 }] },
      { y: 540, cells: [{ text: 'Descrivere il contesto, le criticita', x: 175 }, { text: 'menti sotto soglia e sul nuovo Codice', x: 970 }] },
      { y: 580, cells: [{ text: 'la', x: 175 }, { text: 'dei contratti.', x: 970 }] },
      { y: 700, cells: [{ text: 'CUP dei progetti finanziati di riferimento', x: 175 }, { text: 'J11B21005360006', x: 970 }] },
    ]);
    const reading = ocrFields([page]);
    expect(reading.fields.fabbisogni).toBe('Rafforzare le competenze sugli affidamenti sotto soglia e sul nuovo Codice dei contratti.');
    expect(reading.fields.cup).toBe('J11B21005360006');
    expect(reading.confidence.fabbisogni).toBeGreaterThan(0);
  });

  it('reads ticks as OCR writes them (✓ as "Vv", [x], X) and options printed without a readable mark as not ticked', () => {
    const page = ocrPage([
      { y: 400, cells: [{ text: 'Destinatari', x: 175 }, { text: 'sindaci e amministratori', x: 1010 }, { text: '[x] segretari e direttori generali', x: 1640 }] },
      { y: 470, cells: [{ text: 'Vv dirigenti e funzionari', x: 970 }, { text: 'team di progetto', x: 1700 }] },
      { y: 600, cells: [{ text: 'Numero di giornate in presenza', x: 175 }, { text: '2', x: 970 }] },
      { y: 1000, cells: [{ text: 'X Presa visione dell\'informativa privacy', x: 175 }] },
    ]);
    expect(ocrFields([page]).fields).toEqual({
      dest_amministratori: false,
      dest_segretari: true,
      dest_dirigenti: true,
      dest_team: false,
      giornate: '2',
      privacy: true,
    });
  });

  it('reads a privacy box left empty as no consent', () => {
    const page = ocrPage([
      { y: 900, cells: [{ text: 'Sede proposta', x: 175 }, { text: 'Sala consiliare', x: 970 }] },
      { y: 1000, cells: [{ text: "Presa visione dell'informativa privacy", x: 230 }] },
    ]);
    expect(ocrFields([page]).fields.privacy).toBe(false);
  });

  it('falls back to prose when the scan is a letter, not the form', () => {
    const page = ocrPage([
      { y: 400, cells: [{ text: 'Il Comune di Matera chiede un Capacity Lab sulle procedure di affidamento.', x: 175 }] },
      { y: 460, cells: [{ text: 'Per contatti: anna.lorusso@comune.matera.it', x: 175 }] },
    ]);
    expect(ocrFields([page]).fields).toMatchObject({ referente_email: 'anna.lorusso@comune.matera.it' });
  });

  it('returns nothing for a page with no words', () => {
    expect(ocrFields([{ width: 100, height: 100, dpi: 300, lines: [] }])).toMatchObject({ fields: {}, confidence: {}, pageConfidence: 0 });
  });
});
