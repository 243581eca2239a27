import { describe, expect, it } from 'vitest';
import { readBodyIntent } from '../../../src/core/message/request-intent.ts';

describe('readBodyIntent', () => {
  it.each([
    ['Richiesta Capacity Lab', 'il Comune di Melfi intende richiedere il laboratorio "Reclutamento".'],
    [null, 'Con la presente si chiede l\'attivazione di un Capacity Lab sul PIAO.'],
    ['Capacity Lab', 'In allegato il modulo compilato per il laboratorio sugli appalti.'],
    [null, 'Siamo interessati al laboratorio di project management per il nostro ufficio.'],
    ['Richiesta laboratorio', 'Referente Mario Rossi, tel. 080 1234567.'],
    ['Manifestazione di interesse', "La sottoscritta Sindaca manifesta l'interesse del Comune a partecipare al laboratorio."],
    [null, "Il Sindaco chiede che l'Ente possa partecipare al Capacity Lab sui concorsi."],
    [null, 'Il Comune chiede di essere ammesso al percorso sulla contrattazione.'],
    ['Supporto', 'Vorremmo un supporto sulla rendicontazione dei progetti PNRR.'],
    ['Cap4City', 'Avremmo bisogno di un percorso sul PIAO per i nostri uffici.'],
    [null, 'Il Comune di Lucera vorrebbe partecipare al laboratorio sugli appalti.'],
    [null, 'Questa amministrazione intende candidarsi al laboratorio di project management.'],
  ])('request: %s / %s', (subject, body) => {
    expect(readBodyIntent(subject, body)).toBe('request');
  });

  it.each([
    ['Informazioni Capacity Lab', 'Buongiorno,\nquando si apre il bando per i Capacity Lab? I Comuni piccoli possono partecipare?', 'question'],
    ['Domanda sul catalogo', 'Qual è la differenza tra PO-2 e PO-3?', 'question'],
    ['Richiesta Capacity Lab', 'Vorremmo sapere se il laboratorio PC-3 si può fare a distanza.', 'question'],
    ['Supporto', 'Vorremmo un supporto per capire come compilare il modulo?', 'question'],
    ['Richiesta informazioni', 'Buongiorno, vi scrivo per il laboratorio.', 'none'],
    ['Grazie per la giornata di ieri', 'volevo ringraziare voi e gli esperti per il laboratorio di ieri: molto utile.', 'thanks'],
  ])('not a request: %s / %s', (subject, body, intent) => {
    expect(readBodyIntent(subject, body)).toBe(intent);
  });
});
