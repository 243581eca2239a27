import type { FormFieldName } from '../types.ts';

/** Lower-case, accents and punctuation removed, numbering and trailing markers dropped, spaces collapsed. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*(?:sezione|section|parte|quadro)\s+(?:\d{1,2}|[ivx]{1,4}|[a-e])\b\s*[-–—.:)]?\s*(?=\S)/, '')
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
  ['pec_ente', /^(pec|indirizzo pec( (dell )?ente| (del )?comune)?|pec (dell )?ente|pec (del )?comune|pec istituzionale|pec (dell )?amministrazione|casella pec|indirizzo (di )?posta elettronica certificata|posta elettronica certificata( pec)?( (dell )?ente| (del )?comune)?|pec email|certified email)$/],
  ['referente_email', /^(email|mail|indirizzo email|indirizzo mail|email (di )?contatto|mail (di )?contatto|email ordinaria|email non pec|email istituzionale|peo|indirizzo (di )?posta elettronica|posta elettronica( ordinaria)?|email (del )?referente|mail (del )?referente|email referente|indirizzo email (del )?referente|posta elettronica (del )?referente|email address)$/],
  ['referente_telefono', /^(telefono|tel|cell|cellulare|tel cell|telefono cellulare|recapito|recapito tel|recapito cellulare|contatto telefonico|numero telefonico|numero di cellulare|n cellulare|tel fisso|telefono fisso|tel ufficio|telefono (dell )?ufficio|telefono cellulare (del )?referente|telefono fisso e cellulare|telefono cellulare|recapito telefonico|recapiti telefonici|numero di telefono|n telefono|telefono (del )?referente|tel (del )?referente|cellulare (del )?referente|recapito telefonico (del )?referente|phone|telephone|mobile)$/],
  ['referente_ruolo', /^(ruolo|qualifica|ruolo qualifica|qualifica ruolo|ruolo e qualifica|incarico|carica|posizione|profilo( professionale)?|qualifica professionale|ruolo funzione|ruolo nell ente|ruolo (all )?interno dell ente|ruolo (del )?referente|qualifica (del )?referente|incarico (del )?referente|funzione|ruolo ricoperto|role|position)$/],
  ['referente_nome', /^(referente|referente nome e cognome|referente nome|referente cognome e nome|nome e cognome( (del )?referente)?|cognome e nome( (del )?referente)?|nome cognome|cognome nome|nominativo( (del )?referente)?|nome (del )?referente|referente (del progetto|per il comune|dell ente|del comune|operativo|incaricato|designato|tecnico|amministrativo|unico|per (il )?(laboratorio|progetto|capacity lab))|persona referente|persona di riferimento|persona di contatto|contact person|contact name|name|nome)$/],
  ['codice_istat', /^(codice istat( (del )?comune)?|cod istat|istat|codice istat ente)$/],
  ['provincia', /^(provincia( sigla)?|prov|sigla (della )?provincia|province)$/],
  ['comune', /^(comune( richiedente| proponente| capofila| di appartenenza| interessato)?|comune di|comune ente|ente comune|ente( richiedente| proponente| capofila| di appartenenza| locale)?|nome (dell )?ente|amministrazione( richiedente| comunale| proponente| di appartenenza)?|denominazione( (dell )?ente| (del )?comune)?|nome (del )?comune|soggetto richiedente|municipality|requesting municipality)$/],
  ['forma', /^(forma di partecipazione|modalita di partecipazione|forma associativa|tipo di partecipazione|forma di partecipazione singolo comune unione di comuni convenzione tra comuni altro)$/],
  ['ambito', /^(ambito( tematico)?|area( tematica)?|area di intervento|ambito personale e organizzazione progetti e politiche di coesione)$/],
  ['laboratorio_2', /^(seconda scelta|(capacity )?lab(oratorio)?( richiesto)? (di )?seconda scelta|(capacity )?lab(oratorio)? alternativo|lab(oratorio)? 2|secondo laboratorio|laboratorio secondario|(eventuale )?(secondo |altro )?lab(oratorio)? (in subordine|in alternativa)|in (subordine|alternativa)|(eventuale )?seconda (opzione|preferenza)|(eventuale )?alternativa|second choice)$/],
  ['laboratorio', /^((capacity )?lab(oratorio)?( richiesto)?( prima scelta)?|(capacity )?lab(oratorio)? (di )?prima scelta|prima scelta|capacity lab|(capacity )?lab(oratorio)? (di (tuo |vostro |nostro )?interesse|scelto|prescelto|richiesto prima scelta|desiderato|preferito)|prima (opzione|preferenza)|lab(oratorio)? (1|n 1)|laboratori richiesti|(codice e )?titolo (del )?laboratorio|(codice )?laboratorio codice( e titolo)?|codice (del )?laboratorio|percorso( formativo)?( richiesto)?|tematica( (del )?laboratorio)?|tema( (del )?laboratorio)?|first choice|requested lab)$/],
  ['fabbisogni', /^(fabbisogni( e obiettivi)?( formativi)?|fabbisogni formativi|fabbisogni rilevati|obiettivi( formativi| attesi)?|esigenze( formative| rilevate)?|descrizione (delle )?esigenze|motivazion[ei]( (della )?richiesta)?|descrizione( (dei )?fabbisogni)?|bisogni( formativi)?|risultati attesi|contesto e fabbisogni|fabbisogni e motivazioni|fabbisogni obiettivi|obiettivi e fabbisogni|needs|objectives)$/],
  ['cup', /^(cup|codic[ei] cup|cup (dei )?progett[io]( .*)?)$/],
  ['partecipanti', /^(numero( indicativo| stimato| previsto)? (di |dei )?partecipanti( previsti| stimati)?|n (di )?partecipanti|nr partecipanti|partecipanti( previsti| stimati)?|numero (di )?persone|participants)$/],
  ['giornate', /^(numero (di )?giornate( in presenza| richieste)?|giornate( in presenza| richieste)?|n (di )?giornate( in presenza)?|nr giornate|numero (di )?giorni|durata( in)? (giornate|giorni)|durata (del laboratorio )?(in )?giornate|days)$/],
  ['periodo', /^(periodo( preferito| di svolgimento| indicativo| desiderato| proposto)?|date preferite|data preferita|periodo date preferite|tempistica|tempi|preferred period)$/],
  ['sede', /^(sede( proposta| di svolgimento| del laboratorio| prevista| ospitante| dell incontro)?|luogo( di svolgimento| proposto)?|venue|location)$/],
  ['privacy', /^(presa visione (dell )?informativa( (sulla )?privacy)?|privacy|informativa( (sulla )?privacy)?|privacy gdpr|consenso privacy|consenso (al )?trattamento (dei )?dati( personali)?|trattamento (dei )?dati( personali)?)$/],
  ['dest_amministratori', /^(sindaci e amministratori|sindaci|amministratori|sindaco e amministratori|amministratori locali)$/],
  ['dest_segretari', /^(segretari e direttori generali|segretari( comunali)?|segretari direttori generali)$/],
  ['dest_dirigenti', /^(dirigenti e funzionari|dirigenti|funzionari|dirigenti funzionari)$/],
  ['dest_team', /^(team di progetto|team)$/],
  ['firmatario', /^(il la dichiarante( nome)?|il dichiarante|la dichiarante|dichiarante|firma( del dichiarante)?|firmatario|il la sottoscritto a|il sottoscritto|signature)$/],
];

/** Maps a label as people write it ("Comune richiedente", "Cell.", "E-mail del referente") onto a form field name. */
export function mapLabel(label: string): FormFieldName | null {
  const found = mapNormalizedLabel(normalizeLabel(label));
  if (found || !/[([]/.test(label)) return found;
  // "Comune richiedente (capofila)", "Telefono [ufficio]": a qualifier in brackets does not change the field,
  // except one that makes the lab the second choice: "Laboratorio (seconda scleta)"
  const field = mapNormalizedLabel(normalizeLabel(label.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')));
  const bracketed = normalizeLabel((label.match(/\([^()]*\)|\[[^[\]]*\]/g) ?? []).join(' '));
  return field === 'laboratorio' && /\b(second[ao]|2|subordine|alternativ[ao])\b/.test(bracketed) ? 'laboratorio_2' : field;
}

function mapNormalizedLabel(normalized: string): FormFieldName | null {
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
