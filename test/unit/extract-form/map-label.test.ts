import { describe, expect, it } from 'vitest';
import { mapLabel } from '../../../src/core/extract-form/map-label.ts';

const CASES: Record<string, string[]> = {
  comune: ['Comune richiedente', 'Comune', 'Ente', 'Ente richiedente', 'Amministrazione richiedente', 'Comune di', 'Denominazione ente', 'COMUNE RICHIEDENTE:*', '1. Comune'],
  provincia: ['Provincia', 'Prov.', 'Provincia (sigla)'],
  codice_istat: ['Codice ISTAT', 'Cod. ISTAT', 'Codice ISTAT del Comune'],
  pec_ente: ['PEC', "PEC dell'ente", 'Posta elettronica certificata', 'Indirizzo PEC'],
  referente_nome: ['Referente', 'Nome e cognome', 'Referente: nome e cognome', 'Nominativo referente'],
  referente_ruolo: ['Ruolo', 'Qualifica', 'Ruolo / qualifica', 'Incarico', 'Ruolo del referente'],
  referente_email: ['E-mail', 'Email', 'Mail', 'E-mail del referente', 'Indirizzo e-mail', 'Posta elettronica'],
  referente_telefono: ['Telefono', 'Tel.', 'Cell.', 'Cellulare', 'Recapito telefonico'],
  laboratorio: ['Laboratorio richiesto', 'Laboratorio richiesto (prima scelta)', 'Laboratorio', 'Capacity Lab', 'Lab richiesto', 'Prima scelta'],
  laboratorio_2: ['Seconda scelta', 'Laboratorio (seconda scelta)', 'Laboratorio alternativo'],
  ambito: ['Ambito', 'Area', 'Area tematica', 'Ambito: Personale e organizzazione / Progetti e politiche di coesione'],
  fabbisogni: ['Fabbisogni e obiettivi', 'Fabbisogni', 'Obiettivi', 'Esigenze', 'Motivazione', 'Descrizione dei fabbisogni'],
  cup: ['CUP', 'Codice CUP', 'CUP dei progetti finanziati di riferimento'],
  partecipanti: ['Numero indicativo di partecipanti', 'N. partecipanti', 'Partecipanti'],
  giornate: ['Numero di giornate in presenza', 'Giornate', 'N. giornate'],
  periodo: ['Periodo preferito', 'Periodo', 'Date preferite'],
  sede: ['Sede proposta', 'Sede', 'Luogo di svolgimento'],
  privacy: ["Presa visione dell'informativa privacy", 'Privacy', 'Informativa privacy', 'Consenso privacy'],
  forma: ['Forma di partecipazione', 'Modalità di partecipazione', 'Forma di partecipazione: Singolo Comune / Unione di Comuni / Convenzione tra Comuni / Altro'],
  altri_comuni: ['Altri Comuni coinvolti', 'Comuni associati', 'Comuni partner'],
  dest_amministratori: ['Sindaci e amministratori', 'Destinatari: sindaci e amministratori'],
  dest_segretari: ['Segretari e direttori generali'],
  dest_dirigenti: ['Dirigenti e funzionari'],
  dest_team: ['Team di progetto'],
  luogo_data: ['Luogo e data'],
  firmatario: ['Il/La dichiarante', 'Firma', 'Il dichiarante', 'Il/La dichiarante (nome)'],
};

describe('mapLabel', () => {
  for (const [field, labels] of Object.entries(CASES)) {
    it(`maps the variants of ${field}`, () => {
      expect(labels.map((label) => [label, mapLabel(label)])).toEqual(labels.map((label) => [label, field]));
    });
  }

  it('keeps ambiguous labels apart', () => {
    expect(mapLabel('Altri Comuni coinvolti')).toBe('altri_comuni');
    expect(mapLabel('E-mail')).toBe('referente_email');
    expect(mapLabel('PEC')).toBe('pec_ente');
    expect(mapLabel('Ruolo del referente')).toBe('referente_ruolo');
    expect(mapLabel('Luogo e data')).toBe('luogo_data');
    expect(mapLabel('Luogo di svolgimento')).toBe('sede');
  });

  it('returns null for text that is not a label', () => {
    for (const text of ['Il Comune di Bari chiede di partecipare', 'Sezione 2', 'Buongiorno', '', '   ', 'Destinatari']) {
      expect(mapLabel(text)).toBeNull();
    }
  });
});

describe('mapLabel: wordings beyond the official form', () => {
  it.each([
    ['Lab di interesse', 'laboratorio'],
    ['Laboratorio di vostro interesse', 'laboratorio'],
    ['Laboratorio preferito', 'laboratorio'],
    ['In subordine', 'laboratorio_2'],
    ['In alternativa', 'laboratorio_2'],
    ['Eventuale laboratorio in subordine', 'laboratorio_2'],
    ['Seconda preferenza', 'laboratorio_2'],
    ['Durata (giornate)', 'giornate'],
    ['Durata in giorni', 'giornate'],
    ['Comune richiedente (capofila)', 'comune'],
    ['Ente proponente (soggetto capofila)', 'comune'],
    ['Telefono (ufficio)', 'referente_telefono'],
    ['E-mail [referente]', 'referente_email'],
    ['Sede (indirizzo)', 'sede'],
  ])('%s → %s', (label, field) => {
    expect(mapLabel(label)).toBe(field);
  });

  it('does not read a bare "Durata" (hours or days?) or a sentence in brackets as a label', () => {
    expect(mapLabel('Durata')).toBeNull();
    expect(mapLabel('Il Comune (capofila) chiede di partecipare')).toBeNull();
  });
});
