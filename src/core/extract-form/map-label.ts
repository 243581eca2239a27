import type { FormFieldName } from '../types.ts';

/** Lower-case, accents and punctuation removed, numbering and trailing markers dropped, spaces collapsed. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}|[a-z])[.)]\s+/, '')
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+/, '')
    .replace(/\be[\s-]?mail\b/g, 'email')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Order matters: the specific labels come before the generic ones that would also match them.
const LABEL_PATTERNS: ReadonlyArray<readonly [FormFieldName, RegExp]> = [
  ['luogo_data', /^(luogo e data|data e luogo|luogo data|place and date)$/],
  ['altri_comuni', /^(altri comuni( coinvolti| aderenti| partecipanti| associati)?|comuni (associati|partner|aderenti|coinvolti|partecipanti)|enti (associati|partner|coinvolti|aderenti)|elenco (dei )?comuni( coinvolti| associati| aderenti)?|other municipalities)$/],
  ['pec_ente', /^(pec|indirizzo pec|pec (dell )?ente|pec (del )?comune|pec istituzionale|indirizzo (di )?posta elettronica certificata|posta elettronica certificata( pec)?( (dell )?ente| (del )?comune)?|pec email|certified email)$/],
  ['referente_email', /^(email|mail|indirizzo email|indirizzo (di )?posta elettronica|posta elettronica( ordinaria)?|email (del )?referente|mail (del )?referente|email referente|indirizzo email (del )?referente|posta elettronica (del )?referente|email address)$/],
  ['referente_telefono', /^(telefono|tel|cell|cellulare|tel cell|telefono cellulare|recapito telefonico|recapiti telefonici|numero di telefono|n telefono|telefono (del )?referente|tel (del )?referente|cellulare (del )?referente|recapito telefonico (del )?referente|phone|telephone|mobile)$/],
  ['referente_ruolo', /^(ruolo|qualifica|ruolo qualifica|qualifica ruolo|ruolo e qualifica|incarico|ruolo (del )?referente|qualifica (del )?referente|incarico (del )?referente|funzione|ruolo ricoperto|role|position)$/],
  ['referente_nome', /^(referente|referente nome e cognome|referente nome|nome e cognome( (del )?referente)?|cognome e nome( (del )?referente)?|nominativo( (del )?referente)?|nome (del )?referente|referente (del progetto|per il comune|dell ente|operativo)|persona di riferimento|persona di contatto|contact person|contact name|name|nome)$/],
  ['codice_istat', /^(codice istat( (del )?comune)?|cod istat|istat|codice istat ente)$/],
  ['provincia', /^(provincia( sigla)?|prov|sigla (della )?provincia|province)$/],
  ['comune', /^(comune( richiedente| proponente| capofila)?|comune di|ente( richiedente| proponente| capofila)?|amministrazione( richiedente| comunale| proponente)?|denominazione( (dell )?ente| (del )?comune)?|nome (del )?comune|soggetto richiedente|municipality|requesting municipality)$/],
  ['forma', /^(forma di partecipazione|modalita di partecipazione|forma associativa|tipo di partecipazione|forma di partecipazione singolo comune unione di comuni convenzione tra comuni altro)$/],
  ['ambito', /^(ambito( tematico)?|area( tematica)?|area di intervento|ambito personale e organizzazione progetti e politiche di coesione)$/],
  ['laboratorio_2', /^(seconda scelta|(capacity )?lab(oratorio)?( richiesto)? (di )?seconda scelta|(capacity )?lab(oratorio)? alternativo|lab(oratorio)? 2|secondo laboratorio|laboratorio secondario|second choice)$/],
  ['laboratorio', /^((capacity )?lab(oratorio)?( richiesto)?( prima scelta)?|(capacity )?lab(oratorio)? (di )?prima scelta|prima scelta|capacity lab|laboratorio (di interesse|scelto|prescelto)|titolo (del )?laboratorio|percorso( richiesto)?|first choice|requested lab)$/],
  ['fabbisogni', /^(fabbisogni( e obiettivi)?|fabbisogni formativi|obiettivi|esigenze( formative)?|motivazion[ei]|descrizione( (dei )?fabbisogni)?|bisogni|fabbisogni obiettivi|obiettivi e fabbisogni|needs|objectives)$/],
  ['cup', /^(cup|codic[ei] cup|cup (dei )?progett[io]( .*)?)$/],
  ['partecipanti', /^(numero( indicativo)? (di )?partecipanti( previsti)?|n partecipanti|nr partecipanti|partecipanti( previsti)?|participants)$/],
  ['giornate', /^(numero (di )?giornate( in presenza)?|giornate( in presenza)?|n giornate|nr giornate|numero (di )?giorni|days)$/],
  ['periodo', /^(periodo( preferito| di svolgimento| indicativo)?|date preferite|data preferita|periodo date preferite|preferred period)$/],
  ['sede', /^(sede( proposta| di svolgimento| del laboratorio)?|luogo( di svolgimento)?|venue|location)$/],
  ['privacy', /^(presa visione (dell )?informativa (sulla )?privacy|privacy|informativa privacy|consenso privacy|consenso (al )?trattamento (dei )?dati( personali)?|trattamento (dei )?dati( personali)?)$/],
  ['dest_amministratori', /^(sindaci e amministratori|sindaci|amministratori|sindaco e amministratori|amministratori locali)$/],
  ['dest_segretari', /^(segretari e direttori generali|segretari( comunali)?|segretari direttori generali)$/],
  ['dest_dirigenti', /^(dirigenti e funzionari|dirigenti|funzionari|dirigenti funzionari)$/],
  ['dest_team', /^(team di progetto|team)$/],
  ['firmatario', /^(il la dichiarante( nome)?|il dichiarante|la dichiarante|dichiarante|firma( del dichiarante)?|firmatario|il la sottoscritto a|il sottoscritto|signature)$/],
];

/** Maps a label as people write it ("Comune richiedente", "Cell.", "E-mail del referente") onto a form field name. */
export function mapLabel(label: string): FormFieldName | null {
  const normalized = normalizeLabel(label);
  if (normalized === '' || normalized.length > 120) return null;
  const direct = matchPattern(normalized);
  if (direct) return direct;
  // "Destinatari: dirigenti e funzionari"
  const audience = normalized.replace(/^destinatari /, '');
  if (audience !== normalized) {
    const field = matchPattern(audience);
    if (field?.startsWith('dest_')) return field;
  }
  return null;
}

function matchPattern(normalized: string): FormFieldName | null {
  for (const [field, pattern] of LABEL_PATTERNS) {
    if (pattern.test(normalized)) return field;
  }
  return null;
}
