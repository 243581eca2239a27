import { describe, expect, it } from 'vitest';
import { audiencesNamed } from '../../../src/core/extract-form/audiences-named.ts';
import { extractFromBody, readBody } from '../../../src/core/extract-form/extract-body.ts';
import { fieldsFromBlocks, isSectionHeading } from '../../../src/core/extract-form/fields-from-blocks.ts';
import { htmlToText } from '../../../src/core/extract-form/html-to-text.ts';
import { mapLabel } from '../../../src/core/extract-form/map-label.ts';

const rows = (...cells: string[][]) => cells.map((row) => ({ cells: row }));

describe('audiences ("Destinatari")', () => {
  it('names the audiences of a written list, and none of a negated one', () => {
    expect(audiencesNamed('segretari e direttori generali, dirigenti e funzionari')).toEqual(['dest_segretari', 'dest_dirigenti']);
    expect(audiencesNamed('Sindaco, assessori e il gruppo di lavoro PNRR')).toEqual(['dest_amministratori', 'dest_team']);
    expect(audiencesNamed('la segreteria del sindaco')).toEqual(['dest_amministratori']);
    expect(audiencesNamed('non i dirigenti')).toEqual([]);
    expect(audiencesNamed('tutti')).toEqual([]);
  });

  it('reads a "Destinatari: a, b" line and a "Destinatari | list" row', () => {
    expect(extractFromBody('Comune: Bari\nDestinatari: segretari e direttori generali, dirigenti e funzionari\nPartecipanti: 8', null)?.fields).toEqual({
      comune: 'Bari', dest_segretari: true, dest_dirigenti: true, partecipanti: '8',
    });
    expect(fieldsFromBlocks(rows(['Destinatari', 'team di progetto'], ['Numero partecipanti', '8']))).toEqual({ dest_team: true, partecipanti: '8' });
  });

  it('reads the audiences listed under a bare "Destinatari" line, with or without marks', () => {
    const listed = fieldsFromBlocks(rows(['Destinatari:'], ['- dirigenti e funzionari'], ['- team di progetto'], ['Partecipanti: 10']));
    expect(listed).toEqual({ dest_dirigenti: true, dest_team: true, partecipanti: '10' });
    const marked = fieldsFromBlocks(rows(['DESTINATARI'], ['☐ Sindaci e amministratori'], ['☒ Dirigenti e funzionari'], ['X Team di progetto']));
    expect(marked).toEqual({ dest_amministratori: false, dest_dirigenti: true, dest_team: true });
  });

  it('reads checkbox rows with X marks in a spreadsheet layout', () => {
    const fields = fieldsFromBlocks(rows(['Sindaci e amministratori', 'X'], ['Segretari e direttori generali', ''], ['Dirigenti e funzionari', 'x'], ['Team di progetto', '']));
    expect(fields).toEqual({ dest_amministratori: true, dest_dirigenti: true });
  });

  it('does not tick the four options a flattened form prints without marks', () => {
    const printed = [
      { cells: ['Destinatari: sindaci e amministratori'] },
      { cells: ['Destinatari: segretari e direttori generali'] },
      { cells: ['Destinatari: dirigenti e funzionari'] },
      { cells: ['Destinatari: team di progetto'] },
    ];
    expect(fieldsFromBlocks(printed, { positional: true })).toEqual({});
  });
});

describe('labels as real senders write them', () => {
  it.each([
    ['Ente richiedente', 'comune'], ['ENTE:', 'comune'], ['1) Comune di appartenenza *', 'comune'], ['Nominativo', 'referente_nome'],
    ['Nome e cognome del referente', 'referente_nome'], ['Cell.', 'referente_telefono'], ['Recapito', 'referente_telefono'],
    ['Mail', 'referente_email'], ['Indirizzo PEC', 'pec_ente'], ['Lab', 'laboratorio'], ['Percorso formativo', 'laboratorio'],
    ['Tematica', 'laboratorio'], ['a. Obiettivi formativi', 'fabbisogni'], ['Motivazioni', 'fabbisogni'], ['Carica', 'referente_ruolo'],
    ['N. partecipanti', 'partecipanti'], ['Periodo desiderato', 'periodo'], ["Presa visione dell'informativa", 'privacy'],
  ])('%s → %s', (label, field) => {
    expect(mapLabel(label)).toBe(field);
  });

  it('strips a label that spilled into the value cell, and keeps a value that only contains a colon', () => {
    expect(fieldsFromBlocks(rows(['Referente', 'nome e cognome: Teresa Cittadino'], ['Fabbisogni', 'Obiettivo: ridurre i tempi']))).toEqual({
      referente_nome: 'Teresa Cittadino',
      fabbisogni: 'Obiettivo: ridurre i tempi',
    });
  });

  it('never takes a section heading or the next row as the value of an empty field', () => {
    expect(isSectionHeading('5. Privacy e firma')).toBe(true);
    expect(isSectionHeading('Sezione 2 - Referente')).toBe(true);
    expect(isSectionHeading('1. Formare gli uffici sulle gare del 2026')).toBe(false);
    const form = rows(['Sede proposta', ''], ['5. Privacy e firma'], ['Luogo e data', '']);
    expect(fieldsFromBlocks(form)).toEqual({});
    expect(fieldsFromBlocks(rows(['Sede proposta'], ['5. Privacy e firma'], ['Luogo e data'], ['Bari, 3 marzo 2026']))).toEqual({ luogo_data: 'Bari, 3 marzo 2026' });
  });

  it('reads a table with a "Campo | Valore" header row and values on the next line', () => {
    const text = 'Campo | Valore\nComune | Monopoli\nReferente | Paola Russo\nLaboratorio richiesto:\nPIAO\n';
    expect(extractFromBody(text, null)?.fields).toEqual({ comune: 'Monopoli', referente_nome: 'Paola Russo', laboratorio: 'PIAO' });
  });
});

describe('HTML bodies', () => {
  it('keeps table cells apart, with paragraphs inside a cell on the same line', () => {
    const html = '<table><tr><td><p>Referente:</p><p>nome e cognome</p></td><td><p>Giacoma</p><p>Virzì</p></td></tr><tr><td>E-mail</td><td>g.virzi@comune.trapani.it</td></tr></table><p>Saluti</p>';
    expect(htmlToText(html)).toBe('Referente: nome e cognome\tGiacoma Virzì\nE-mail\tg.virzi@comune.trapani.it\n\nSaluti');
  });

  it('prefers the HTML reading when the plain part ran the cells together', () => {
    const text = 'Comune richiedenteTrapaniReferenteGiacoma Virzì';
    const html = '<table><tr><td>Comune richiedente</td><td>Trapani</td></tr><tr><td>Referente</td><td>Giacoma Virzì</td></tr><tr><td>Laboratorio</td><td>PC-3</td></tr></table>';
    expect(readBody(text, html).form?.fields).toEqual({ comune: 'Trapani', referente_nome: 'Giacoma Virzì', laboratorio: 'PC-3' });
  });
});

describe('forwarded requests and signatures', () => {
  it('finds the original sender in the forwarded header and ignores the forwarder\'s signature', () => {
    const text = [
      'Vi inoltro la richiesta.',
      'Cordiali saluti',
      'Luca Bianchi',
      '',
      '---------- Forwarded message ---------',
      'Da: Anna Neri <a.neri@comune.fasano.br.it>',
      'Date: lun 12 gen 2026',
      'Subject: Capacity Lab',
      '',
      'Comune: Fasano',
      'Laboratorio: Reclutamento',
      '',
      'Un caro saluto,',
      'Anna Neri',
      'Responsabile Ufficio Personale',
      'Tel. 080 4394111',
    ].join('\n');
    const reading = readBody(text, null);
    expect(reading.forwardedFrom).toBe('a.neri@comune.fasano.br.it');
    expect(reading.form?.fields).toEqual({
      comune: 'Fasano', laboratorio: 'Reclutamento', referente_nome: 'Anna Neri', referente_ruolo: 'Responsabile Ufficio Personale', referente_telefono: '080 4394111',
    });
  });

  it('takes the Comune from the signature when the body does not name it', () => {
    const text = 'Laboratorio: PIAO\nReferente: Anna Neri\n\nDistinti saluti\nAnna Neri\nComune di Ostuni';
    expect(extractFromBody(text, null)?.fields).toMatchObject({ comune: 'Ostuni', laboratorio: 'PIAO' });
  });
});
