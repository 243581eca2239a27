/**
 * The document model of the metamorphic suite: a request as a person lays it out, before any format.
 * Sections of (label, value) rows, plus the things around a form that carry no field of their own:
 * title lines, a letterhead, a header repeated on every page, a signature, and how the mail wraps it.
 */
import type { RequestSpec } from '../../../scripts/fixtures/request-spec.ts';
import { AUDIENCE_LABELS, areaLabel, labOption, partnershipLabel } from '../../../scripts/fixtures/request-spec.ts';

/** The official form's fields (FORM.md), with the four audience checkboxes as one "Destinatari" row. */
export type RowField =
  | 'comune'
  | 'provincia'
  | 'codice_istat'
  | 'forma'
  | 'altri_comuni'
  | 'pec_ente'
  | 'referente_nome'
  | 'referente_ruolo'
  | 'referente_email'
  | 'referente_telefono'
  | 'ambito'
  | 'laboratorio'
  | 'laboratorio_2'
  | 'fabbisogni'
  | 'cup'
  | 'destinatari'
  | 'partecipanti'
  | 'giornate'
  | 'periodo'
  | 'sede'
  | 'privacy'
  | 'luogo_data'
  | 'firmatario';

export type SectionKey = 'ente' | 'referente' | 'laboratorio' | 'organizzazione' | 'firma';

export interface Row {
  readonly field: RowField;
  readonly label: string;
  readonly value: string;
  /** Blank lines (empty table rows) before this row. */
  readonly gapBefore: number;
}

export interface Section {
  readonly key: SectionKey;
  readonly heading: string | null;
  readonly rows: readonly Row[];
  /** The section starts a new page (the page header is printed again). */
  readonly pageBreakBefore: boolean;
}

/** How the mail carries the document: as itself, quoted in a reply, or forwarded (body renderings only). */
export type Envelope = 'direct' | 'quoted' | 'forwarded';

export interface DocModel {
  readonly titleLines: readonly string[];
  readonly letterhead: readonly string[];
  /** Printed at the top of every page; `{page}` and `{pages}` are filled in by the renderer. */
  readonly pageHeader: readonly string[];
  readonly sections: readonly Section[];
  readonly signature: readonly string[];
  readonly envelope: Envelope;
}

/** FORM.md's labels, the base every transformation starts from. */
export const OFFICIAL_LABELS: Record<RowField, string> = {
  comune: 'Comune richiedente',
  provincia: 'Provincia (sigla)',
  codice_istat: 'Codice ISTAT del Comune',
  forma: 'Forma di partecipazione',
  altri_comuni: 'Altri Comuni coinvolti',
  pec_ente: "PEC dell'ente",
  referente_nome: 'Referente: nome e cognome',
  referente_ruolo: 'Ruolo / qualifica',
  referente_email: 'E-mail del referente',
  referente_telefono: 'Telefono',
  ambito: 'Ambito',
  laboratorio: 'Laboratorio richiesto (prima scelta)',
  laboratorio_2: 'Laboratorio (seconda scelta)',
  fabbisogni: 'Fabbisogni e obiettivi',
  cup: 'CUP dei progetti finanziati di riferimento',
  destinatari: 'Destinatari',
  partecipanti: 'Numero indicativo di partecipanti',
  giornate: 'Numero di giornate in presenza',
  periodo: 'Periodo preferito',
  sede: 'Sede proposta',
  privacy: "Presa visione dell'informativa privacy",
  luogo_data: 'Luogo e data',
  firmatario: 'Il/La dichiarante (nome)',
};

/** The official form's five sections (FORM.md), with their titles and fields in print order. */
export const SECTION_LAYOUT: readonly { key: SectionKey; title: string; fields: readonly RowField[] }[] = [
  { key: 'ente', title: 'Comune richiedente', fields: ['comune', 'provincia', 'codice_istat', 'forma', 'altri_comuni', 'pec_ente'] },
  { key: 'referente', title: 'Referente', fields: ['referente_nome', 'referente_ruolo', 'referente_email', 'referente_telefono'] },
  { key: 'laboratorio', title: 'Laboratorio richiesto', fields: ['ambito', 'laboratorio', 'laboratorio_2', 'fabbisogni', 'cup'] },
  { key: 'organizzazione', title: 'Destinatari e organizzazione', fields: ['destinatari', 'partecipanti', 'giornate', 'periodo', 'sede'] },
  { key: 'firma', title: 'Privacy e firma', fields: ['privacy', 'luogo_data', 'firmatario'] },
];

/** The value a person writes in each field for this spec (undefined: left empty, the row is not printed). */
export function specValues(spec: RequestSpec): Record<RowField, string | undefined> {
  const [first, second] = spec.labs;
  return {
    comune: spec.comune.name,
    provincia: spec.comune.province,
    codice_istat: spec.comune.istat,
    forma: spec.partnership ? partnershipLabel(spec.partnership) : undefined,
    altri_comuni: spec.otherComuni?.join(', '),
    pec_ente: spec.entityPec,
    referente_nome: spec.contact.name,
    referente_ruolo: spec.contact.role,
    referente_email: spec.contact.email,
    referente_telefono: spec.contact.phone,
    ambito: first ? areaLabel(first) : undefined,
    laboratorio: first ? labOption(first) : undefined,
    laboratorio_2: second ? labOption(second) : undefined,
    fabbisogni: spec.needs,
    cup: spec.cup?.join(', '),
    destinatari: spec.audience?.map((a) => AUDIENCE_LABELS[a]).join(', '),
    partecipanti: spec.participants?.toString(),
    giornate: spec.days?.toString(),
    periodo: spec.period,
    sede: spec.venue,
    privacy: spec.privacy === undefined ? undefined : spec.privacy ? 'sì' : 'no',
    luogo_data: spec.placeDate,
    firmatario: spec.signer,
  };
}

/** The untransformed document: the official labels in the official order, no headings, nothing around. */
export function modelFromSpec(spec: RequestSpec): DocModel {
  const values = specValues(spec);
  const sections = SECTION_LAYOUT.map(
    (layout): Section => ({
      key: layout.key,
      heading: null,
      pageBreakBefore: false,
      rows: layout.fields.flatMap((field): Row[] => {
        const value = values[field];
        return value === undefined || value === '' ? [] : [{ field, label: OFFICIAL_LABELS[field], value, gapBefore: 0 }];
      }),
    }),
  ).filter((section) => section.rows.length > 0);
  return { titleLines: [], letterhead: [], pageHeader: [], sections, signature: [], envelope: 'direct' };
}

/** Every row, in document order. */
export const allRows = (model: DocModel): Row[] => model.sections.flatMap((section) => section.rows);

/** The model with `change` applied to every row (sections and their order kept). */
export function mapRows(model: DocModel, change: (row: Row, index: number) => Row): DocModel {
  let index = 0;
  return { ...model, sections: model.sections.map((section) => ({ ...section, rows: section.rows.map((row) => change(row, index++)) })) };
}

/** Number of pages the document is split into (one more than its page breaks). */
export const pageCount = (model: DocModel): number => 1 + model.sections.filter((section) => section.pageBreakBefore).length;

/** The page header of page `page`, with its placeholders filled in. */
export const pageHeaderLines = (model: DocModel, page: number): string[] =>
  model.pageHeader.map((line) => line.replace('{page}', String(page)).replace('{pages}', String(pageCount(model))));
