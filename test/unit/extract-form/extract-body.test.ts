import { describe, expect, it } from 'vitest';
import { extractFromBody } from '../../../src/core/extract-form/extract-body.ts';

describe('extractFromBody: structured bodies', () => {
  it('reads "Label: value" and "Label - value" lines, ignoring the quoted reply', () => {
    const text = [
      'Buongiorno,',
      'inviamo la richiesta.',
      '',
      'Comune: Monopoli',
      'Provincia - BA',
      'Referente: Paola Russo',
      'E-mail: paola.russo@comune.monopoli.ba.it',
      'Laboratorio richiesto: Project management',
      'Fabbisogni e obiettivi: migliorare la gestione dei cantieri PNRR',
      '',
      '> Comune: Polignano',
      '> Referente: Quoted Person',
    ].join('\n');
    const form = extractFromBody(text, null);
    expect(form?.source).toBe('body');
    expect(form?.fields).toEqual({
      comune: 'Monopoli',
      provincia: 'BA',
      referente_nome: 'Paola Russo',
      referente_email: 'paola.russo@comune.monopoli.ba.it',
      laboratorio: 'Project management',
      fabbisogni: 'migliorare la gestione dei cantieri PNRR',
    });
  });

  it('reads labels on their own line with the value on the next, and stops at the original message', () => {
    const text = 'Comune richiedente\nGravina in Puglia\nReferente\nMarco Gallo\nLaboratorio\nReclutamento\n\nIl giorno lun 12 gen 2026 ha scritto:\nComune: Altro';
    expect(extractFromBody(text, null)?.fields).toEqual({ comune: 'Gravina in Puglia', referente_nome: 'Marco Gallo', laboratorio: 'Reclutamento' });
  });

  it('reads through a forwarded message and a reply header with nothing written above it', () => {
    const forwarded = 'Vi inoltro la richiesta del collega.\n\n---------- Forwarded message ---------\nDa: Anna Neri <a.neri@comune.fasano.br.it>\nDate: lun 12 gen 2026\nSubject: Capacity Lab\n\nComune: Fasano\nLaboratorio: Reclutamento';
    expect(extractFromBody(forwarded, null)?.fields).toEqual({ comune: 'Fasano', laboratorio: 'Reclutamento' });
    const reply = 'Comune: Ostuni\nLaboratorio: Contrattazione\n\nDa: Segreteria Cap4City\nInviato: lunedì\nComune: Template';
    expect(extractFromBody(reply, null)?.fields).toEqual({ comune: 'Ostuni', laboratorio: 'Contrattazione' });
  });

  it('uses the signature only as a fallback for the contact name, role and phone', () => {
    const text = [
      'Comune: Corato',
      'Laboratorio: Gestione finanziaria',
      'E-mail: ufficio@comune.corato.ba.it',
      '',
      'Cordiali saluti',
      'Dott.ssa Elena Marino',
      'Responsabile Servizio Finanziario',
      'Tel. 080 9592111',
    ].join('\n');
    expect(extractFromBody(text, null)?.fields).toEqual({
      comune: 'Corato',
      laboratorio: 'Gestione finanziaria',
      referente_email: 'ufficio@comune.corato.ba.it',
      referente_nome: 'Elena Marino',
      referente_ruolo: 'Responsabile Servizio Finanziario',
      referente_telefono: '080 9592111',
    });
  });

  it('prefers the labelled contact over the "-- " signature', () => {
    const text = 'Comune: Ruvo di Puglia\nReferente: Sara Longo\nTelefono: 080 111222\nLaboratorio: Contrattazione\n-- \nGianni Ferri\nTel. 333 9998887';
    expect(extractFromBody(text, null)?.fields).toMatchObject({ referente_nome: 'Sara Longo', referente_telefono: '080 111222' });
  });

  it('reads an HTML-only body with a label | value table and checkboxes', () => {
    const html = `<html><head><style>td{color:red}</style></head><body><p>Gentili,<br>ecco la richiesta:</p>
      <table><tr><td>Comune richiedente</td><td>Bisceglie</td></tr>
      <tr><td>E-mail del referente</td><td>l.greco@comune.bisceglie.bt.it</td></tr>
      <tr><td>Laboratorio richiesto (prima scelta)</td><td>Monitoraggio e valutazione</td></tr>
      <tr><td>Numero indicativo di partecipanti</td><td>20</td></tr>
      <tr><td><input type="checkbox" checked> Dirigenti e funzionari</td></tr></table>
      <p>Sede proposta: Sala &quot;Consiliare&quot; &egrave; disponibile</p>
      <blockquote>Comune: Trani</blockquote></body></html>`;
    expect(extractFromBody(null, html)?.fields).toEqual({
      comune: 'Bisceglie',
      referente_email: 'l.greco@comune.bisceglie.bt.it',
      laboratorio: 'Monitoraggio e valutazione',
      partecipanti: '20',
      dest_dirigenti: true,
      sede: 'Sala "Consiliare" è disponibile',
    });
  });

  it('returns null for an empty or meaningless body', () => {
    expect(extractFromBody(null, null)).toBeNull();
    expect(extractFromBody('   ', '<p></p>')).toBeNull();
    expect(extractFromBody('Grazie, a presto.', null)).toBeNull();
  });
});

describe('extractFromBody: free prose', () => {
  it('pulls the Comune, contact, lab sentence and needs out of a letter', () => {
    const text = [
      'Buongiorno,',
      'il Comune di San Giovanni in Fiore chiede di partecipare al laboratorio sul PIAO, referente dott. Mario Rossi, tel 080 1234567, mario.rossi@comune.sangiovanniinfiore.cs.it.',
      'Le nostre esigenze sono legate alla programmazione dei fabbisogni di personale.',
      'Cordiali saluti',
    ].join('\n');
    const form = extractFromBody(text, null);
    expect(form?.fields).toEqual({
      comune: 'San Giovanni in Fiore',
      referente_email: 'mario.rossi@comune.sangiovanniinfiore.cs.it',
      referente_telefono: '080 1234567',
      referente_nome: 'Mario Rossi',
      laboratorio: expect.stringContaining('laboratorio sul PIAO'),
      fabbisogni: 'Le nostre esigenze sono legate alla programmazione dei fabbisogni di personale.',
    });
    expect(form?.warnings[0]).toMatch(/^body-prose: /);
  });

  it('stays conservative: no lab, no needs; PEC addresses go to pec_ente', () => {
    const text = 'Il Comune di Bari ringrazia per il materiale inviato. Scrivete a protocollo@pec.comune.bari.it per le comunicazioni ufficiali.';
    expect(extractFromBody(text, null)?.fields).toEqual({ comune: 'Bari', pec_ente: 'protocollo@pec.comune.bari.it' });
  });
});
