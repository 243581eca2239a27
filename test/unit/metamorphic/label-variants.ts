/**
 * How Italian PA forms and clerks name the form's fields, beside FORM.md's official labels.
 * Written from forms of Comuni, Unioni and regional calls; every label here is one a person reads
 * without hesitation as the field it stands for.
 */
import type { RowField } from './doc-model.ts';

/** Other words for a field's label. */
export const SYNONYMS: Partial<Record<RowField, readonly string[]>> = {
  comune: ['Ente richiedente', 'Amministrazione', 'Amministrazione richiedente', 'Comune', 'Ente', "Denominazione dell'Ente", 'Comune proponente'],
  provincia: ['Provincia', 'Sigla della provincia'],
  codice_istat: ['Codice ISTAT', "Codice ISTAT dell'Ente"],
  forma: ['Modalità di partecipazione', 'Forma associativa', 'Tipo di partecipazione'],
  altri_comuni: ['Comuni associati', 'Altri enti coinvolti', 'Comuni aderenti'],
  pec_ente: ['PEC istituzionale', 'Posta elettronica certificata', "Indirizzo PEC dell'Ente"],
  referente_nome: ['Nominativo referente', 'Cognome e nome', 'Nome e cognome del referente', 'Referente', 'Persona di riferimento', 'Referente del progetto'],
  referente_ruolo: ['Ruolo', 'Qualifica', 'Incarico ricoperto', 'Profilo professionale'],
  referente_email: ['E-mail', 'Indirizzo e-mail', 'Email', 'Posta elettronica', 'Mail del referente', 'Indirizzo di posta elettronica'],
  referente_telefono: ['Recapito telefonico', 'Numero di telefono', 'Telefono del referente', 'Cellulare'],
  ambito: ['Area tematica', 'Ambito tematico'],
  laboratorio: ['Laboratorio di interesse', 'Laboratorio', 'Capacity Lab richiesto', 'Laboratorio prescelto', 'Laboratorio richiesto'],
  laboratorio_2: ['Laboratorio alternativo', 'Seconda scelta', 'Eventuale secondo laboratorio', 'Laboratorio di riserva'],
  fabbisogni: ['Fabbisogni formativi', 'Esigenze', 'Obiettivi', 'Esigenze formative', 'Descrizione dei fabbisogni', 'Motivazione della richiesta', 'Fabbisogni'],
  cup: ['Codici CUP', 'CUP', 'CUP dei progetti'],
  destinatari: ['Destinatari della formazione', 'Profili coinvolti'],
  partecipanti: ['Numero partecipanti', 'Partecipanti previsti', 'Numero di partecipanti', 'Partecipanti'],
  giornate: ['Giornate in presenza', 'Numero giornate', 'Durata (giornate)', 'Giornate'],
  periodo: ['Periodo', 'Periodo di svolgimento', 'Periodo indicativo'],
  sede: ['Sede', 'Luogo di svolgimento', 'Sede di svolgimento'],
  privacy: ['Informativa privacy', 'Privacy', 'Consenso al trattamento dei dati'],
  luogo_data: ['Luogo, data', 'Data'],
  firmatario: ['Il dichiarante', 'Firma del dichiarante'],
};

/** Abbreviated labels, as typed in a hurry or in a narrow table column. */
export const ABBREVIATIONS: Partial<Record<RowField, readonly string[]>> = {
  provincia: ['Prov.'],
  codice_istat: ['Cod. ISTAT'],
  pec_ente: ['PEC ente'],
  referente_nome: ['Nominativo', 'Nominativo ref.'],
  referente_ruolo: ['Qual.'],
  referente_email: ['E-mail', 'Mail'],
  referente_telefono: ['Tel.', 'Cell.', 'Tel./Cell.'],
  laboratorio: ['Lab. richiesto', 'Lab. 1ª scelta'],
  laboratorio_2: ['Lab. 2ª scelta'],
  fabbisogni: ['Fabbisogni/obiettivi'],
  partecipanti: ['N. partecipanti', 'N° partecipanti'],
  giornate: ['N. giornate', 'gg. in presenza'],
};
