import { describe, expect, it } from 'vitest';
import { ownLines, readExpertAnswer } from '../../../src/core/workflow/expert-answer.ts';

const OFFER_QUOTE = [
  '> Gentile esperta,',
  '> le proponiamo il Capacity Lab PC-3 per il Comune di Matera.',
  '> Per accettare risponda ACCETTO, altrimenti NON DISPONIBILE.',
].join('\n');

describe('readExpertAnswer', () => {
  it.each([
    'ACCETTO',
    'accetto',
    "Accetto l'incarico, grazie.",
    'Sì, accetto',
    'OK accetto!',
    'Buongiorno,\n\nconfermo: accetto volentieri.\n\nCordiali saluti\nAnna Russo',
    'Sono disponibile, ci sentiamo per i dettagli.',
    'Non ho problemi, sono disponibile.',
  ])('reads an acceptance: %j', (text) => {
    expect(readExpertAnswer(text)).toBe('accept');
  });

  it.each([
    'NON DISPONIBILE',
    'non sono disponibile in quelle settimane',
    'Purtroppo non sono al momento disponibile.',
    'Non sarò disponibile a febbraio.',
    'Rifiuto, grazie',
    'Declino la proposta per impegni pregressi.',
    'Non accetto, sono già impegnata.',
    'Mi spiace, indisponibile fino a marzo.',
  ])('reads a refusal: %j', (text) => {
    expect(readExpertAnswer(text)).toBe('decline');
  });

  it('ignores the quoted offer, which contains both words', () => {
    expect(readExpertAnswer(`Buongiorno,\nvi richiamo domani.\n\n${OFFER_QUOTE}`)).toBeNull();
    expect(readExpertAnswer(`NON DISPONIBILE\n\n${OFFER_QUOTE}`)).toBe('decline');
  });

  it('stops at a Gmail-style Italian header, also when it wraps', () => {
    const reply = [
      'Accetto.',
      '',
      'Il giorno lun 12 gen 2026 alle ore 10:15 Segreteria Cap4City <',
      'cap4city@example.org> ha scritto:',
      'Per accettare risponda ACCETTO, altrimenti NON DISPONIBILE.',
    ].join('\n');
    expect(readExpertAnswer(reply)).toBe('accept');
    const noAnswer = ['Ricevuto, grazie.', 'Il giorno 12/01/2026 10:15, Cap4City ha scritto:', 'NON DISPONIBILE'].join('\n');
    expect(readExpertAnswer(noAnswer)).toBeNull();
  });

  it('stops at Outlook and English quote headers', () => {
    const outlook = [
      'Vi ringrazio.',
      '',
      'Da: Segreteria Cap4City <cap4city@example.org>',
      'Inviato: lunedì 12 gennaio 2026 10:15',
      'A: Anna Russo',
      'Oggetto: [C4C-2026-00042] Proposta di incarico',
      '',
      'Per accettare risponda ACCETTO',
    ].join('\r\n');
    expect(readExpertAnswer(outlook)).toBeNull();
    expect(readExpertAnswer('-----Messaggio originale-----\nACCETTO')).toBeNull();
    expect(readExpertAnswer('Thanks.\nOn Mon, Jan 12, 2026 at 10:15 AM Cap4City <c@example.org> wrote:\nACCETTO')).toBeNull();
    expect(readExpertAnswer('I accept.\n\n-----Original Message-----\nNON DISPONIBILE')).toBe('accept');
  });

  it('the first decisive line wins', () => {
    expect(readExpertAnswer('Accetto.\nNon sono disponibile però il 3 febbraio.')).toBe('accept');
    expect(readExpertAnswer('Non disponibile, mi spiace.\nAccetto volentieri la prossima.')).toBe('decline');
  });

  it('returns null for no text or no decision', () => {
    expect(readExpertAnswer(null)).toBeNull();
    expect(readExpertAnswer('')).toBeNull();
    expect(readExpertAnswer('Posso sentirvi domani per chiarire le date?')).toBeNull();
  });

  it('ownLines drops quoted lines and everything after the header', () => {
    expect(ownLines('uno\n> due\ntre\n-----Messaggio originale-----\nquattro')).toEqual(['uno', 'tre']);
  });
});
