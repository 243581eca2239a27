import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_LIMITS } from '../../../src/core/extract-form/extract-limits.ts';
import { extractPdf } from '../../../src/core/extract-form/extract-pdf.ts';
import { buildDrawnPdf, buildFillablePdf, buildImageOnlyPdf, buildLinesPdf, buildTwoColumnPdf } from './fixtures/build-pdf.ts';

const pdfDoc = (content: Buffer, filename = 'modulo.pdf') => ({ filename, contentType: 'application/pdf', content });

const OFFICIAL_TEXT = {
  comune: 'Bari',
  provincia: 'BA',
  referente_nome: 'Mario Rossi',
  referente_email: 'mario.rossi@comune.bari.it',
  laboratorio: 'PC-3 Procedure e affidamenti',
  fabbisogni: 'Rafforzare le competenze sugli appalti PNRR',
  partecipanti: '15',
};

describe('extractPdf: AcroForm', () => {
  it('reads text fields, checkboxes and a radio group of the official fillable form', async () => {
    const content = await buildFillablePdf({
      text: OFFICIAL_TEXT,
      checked: ['dest_dirigenti', 'privacy'],
      unchecked: ['dest_team'],
      radio: { name: 'forma', options: ['Singolo Comune', 'Unione di Comuni'], selected: 'Unione di Comuni' },
    });
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.warnings).toEqual([]);
    expect(result.form?.source).toBe('pdf-form');
    expect(result.form?.fields).toEqual({
      ...OFFICIAL_TEXT,
      dest_dirigenti: true,
      privacy: true,
      dest_team: false,
      forma: 'Unione di Comuni',
    });
  });

  it('maps non-standard field names through the labels', async () => {
    const content = await buildFillablePdf({ text: { 'Ente richiedente': 'Lecce', 'E-mail referente': 'a@b.it', Cellulare: '333 1234567' }, checked: [] });
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.fields).toMatchObject({ comune: 'Lecce', referente_email: 'a@b.it', referente_telefono: '333 1234567' });
  });

  it('falls back to the text layer when the fields are empty', async () => {
    const content = await buildFillablePdf({ text: { comune: '', referente_nome: '' }, checked: [] });
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.form).toBeNull();
    expect(result.warnings).toEqual([]);
  });
});

describe('extractPdf: text layer', () => {
  it('reads a printed two-column form, with a value wrapped over several lines', async () => {
    const content = await buildTwoColumnPdf([
      ['Comune richiedente', 'Bitonto'],
      ['Provincia (sigla)', 'BA'],
      ['Referente: nome e cognome', 'Anna Verdi'],
      ['E-mail del referente', 'anna.verdi@comune.bitonto.ba.it'],
      ['Laboratorio richiesto (prima scelta)', 'Reclutamento'],
      ['Fabbisogni e obiettivi', ['Vogliamo migliorare i processi di', 'selezione del personale tecnico.']],
      ['Dirigenti e funzionari', 'X'],
      ['Team di progetto', ''],
      ['Numero indicativo di partecipanti', '12'],
    ]);
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.source).toBe('pdf-text');
    expect(result.form?.fields).toEqual({
      comune: 'Bitonto',
      provincia: 'BA',
      referente_nome: 'Anna Verdi',
      referente_email: 'anna.verdi@comune.bitonto.ba.it',
      laboratorio: 'Reclutamento',
      fabbisogni: 'Vogliamo migliorare i processi di selezione del personale tecnico.',
      dest_dirigenti: true,
      partecipanti: '12',
    });
  });

  it('reads "Label: value" lines, label-then-value lines and ticked boxes', async () => {
    const content = await buildLinesPdf([
      'RICHIESTA DI PARTECIPAZIONE AI CAPACITY LAB',
      '1. Comune: Molfetta',
      'Referente: nome e cognome: Luca Bianchi',
      'Ruolo / qualifica: Responsabile Servizio Personale',
      'Tel.: 080 3359111',
      'Laboratorio richiesto',
      'PIAO e programmazione delle assunzioni',
      'Forma di partecipazione: [X] Singolo Comune [ ] Unione di Comuni',
      '[X] Segretari e direttori generali',
      '[ ] Team di progetto',
      'X Presa visione dell\'informativa privacy',
    ]);
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.fields).toEqual({
      comune: 'Molfetta',
      referente_nome: 'Luca Bianchi',
      referente_ruolo: 'Responsabile Servizio Personale',
      referente_telefono: '080 3359111',
      laboratorio: 'PIAO e programmazione delle assunzioni',
      forma: 'Singolo Comune',
      dest_segretari: true,
      dest_team: false,
      privacy: true,
    });
  });

  it('reads a letter written as prose when no labels are present', async () => {
    const content = await buildLinesPdf([
      'Il Comune di Altamura chiede di partecipare al laboratorio sul PIAO.',
      'Referente dott. Giuseppe Neri, tel. 080 1234567, giuseppe.neri@comune.altamura.ba.it.',
    ]);
    const result = await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(result.form?.source).toBe('pdf-text');
    expect(result.form?.fields).toMatchObject({ comune: 'Altamura', referente_nome: 'Giuseppe Neri', referente_email: 'giuseppe.neri@comune.altamura.ba.it' });
  });

  it('flags a PDF without a text layer as scanned', async () => {
    const result = await extractPdf(pdfDoc(await buildImageOnlyPdf(), 'scansione.pdf'), DEFAULT_EXTRACT_LIMITS);
    expect(result).toEqual({ form: null, warnings: ['scanned-document: scansione.pdf'] });
  });

  it('reads only maxPdfPages pages and says so', async () => {
    const pages = Array.from({ length: 4 }, (_, index): Array<[number, number, string]> => [[50, 800, index === 3 ? 'Comune: Trani' : 'Pagina di testo senza dati']]);
    const content = await buildDrawnPdf(pages);
    const result = await extractPdf(pdfDoc(content), { ...DEFAULT_EXTRACT_LIMITS, maxPdfPages: 3 });
    expect(result.form).toBeNull();
    expect(result.warnings).toEqual(['pdf-too-many-pages: modulo.pdf has 4 pages, read 3']);
  });

  it('reports broken bytes and an exhausted time budget as warnings', async () => {
    const broken = await extractPdf(pdfDoc(Buffer.from('%PDF-1.7\nnot really a pdf')), DEFAULT_EXTRACT_LIMITS);
    expect(broken.form).toBeNull();
    expect(broken.warnings[0]).toMatch(/^pdf-unreadable: modulo\.pdf/);
    const content = await buildFillablePdf({ text: OFFICIAL_TEXT, checked: [] });
    const slow = await extractPdf(pdfDoc(content), { ...DEFAULT_EXTRACT_LIMITS, timeoutMs: 0 });
    expect(slow).toEqual({ form: null, warnings: ['extract-timeout: modulo.pdf after 0 ms'] });
  });

  it('leaves the caller\'s buffer intact and extracts a typical form quickly once warm', async () => {
    const content = await buildFillablePdf({ text: OFFICIAL_TEXT, checked: ['privacy'] });
    const copy = Buffer.from(content);
    await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    expect(content.equals(copy)).toBe(true);
    for (let run = 0; run < 3; run += 1) await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
    const durations: number[] = [];
    for (let run = 0; run < 15; run += 1) {
      const started = performance.now();
      await extractPdf(pdfDoc(content), DEFAULT_EXTRACT_LIMITS);
      durations.push(performance.now() - started);
    }
    // the median resists the other processes sharing this machine's two cores
    const median = durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)] ?? Infinity;
    expect(median).toBeLessThan(50);
  });
});
