import { describe, expect, it } from 'vitest';
import { supplementFromProse, signatureName } from '../../../src/core/extract-form/prose-supplements.ts';
import type { FormFields } from '../../../src/core/types.ts';

describe('a letter says in sentences what a form would label', () => {
  const letter = [
    "Si chiede l'attivazione del laboratorio PO-5 «Contrattazione».",
    'Il percorso coinvolgerà 15 partecipanti tra dirigenti e funzionari, in 2 giornate in presenza.',
    'Distinti saluti',
    'Il Dirigente del Settore Risorse Umane',
    'dott. Andrea Cappelli',
  ].join('\n');

  it('takes participants, days and the signer of the letter for fields the form left empty', () => {
    const fields: FormFields = {};
    expect(supplementFromProse(fields, letter)).toEqual(expect.arrayContaining(['partecipanti', 'giornate', 'referente_nome']));
    expect(fields).toMatchObject({ partecipanti: '15', giornate: '2', referente_nome: 'Andrea Cappelli' });
  });

  it('keeps what the form said', () => {
    const fields: FormFields = { referente_nome: 'Maria Bianchi', giornate: '1' };
    supplementFromProse(fields, letter);
    expect(fields).toMatchObject({ referente_nome: 'Maria Bianchi', giornate: '1' });
  });

  it('finds a bare name only under a signer\'s role, never in the middle of the text', () => {
    expect(signatureName('Il Segretario comunale\nLuigi Ventura')).toBe('Luigi Ventura');
    expect(signatureName('Mario Rossi ha chiesto informazioni.\nGrazie')).toBeNull();
  });
});

describe('the referente a letter names', () => {
  it('outranks the signer, and their own address outranks an office mailbox', () => {
    const fields: FormFields = { referente_email: 'protocollo@comune.rende.cs.it' };
    const prose = [
      'Il sottoscritto Sindaco chiede il laboratorio PC-1.',
      "Referente per l'iniziativa è la dott.ssa Francesca Perri, tel. 0984 828433, e-mail francesca.perri@comune.rende.cs.it.",
      'Il Sindaco',
      'dott. Antonio Scarpelli',
    ].join('\n');
    supplementFromProse(fields, prose);
    expect(fields).toMatchObject({ referente_nome: 'Francesca Perri', referente_email: 'francesca.perri@comune.rende.cs.it', referente_telefono: '0984 828433' });
  });
});
