import type { FormFieldName } from '../types.ts';
import type { CatalogLike } from './catalog-like.ts';

export type FormFieldKind = 'text' | 'multiline' | 'checkbox' | 'choice' | 'lab';

export interface FormFieldLayout {
  name: FormFieldName;
  /** What a person sees next to the field (FORM.md's label column). */
  label: string;
  kind: FormFieldKind;
  required: boolean;
}

export interface FormSectionLayout {
  title: string;
  fields: FormFieldLayout[];
}

export const FORM_TITLE = 'Modulo di richiesta — Capacity Lab Cap4City';
export const DEFAULT_FORM_RECIPIENT = 'cap4city@anci.example.it';

export const PARTNERSHIP_OPTIONS = ['Singolo Comune', 'Unione di Comuni', 'Convenzione tra Comuni', 'Altro'];
export const AREA_OPTIONS = ['Personale e organizzazione', 'Progetti e politiche di coesione'];

const field = (name: FormFieldName, label: string, kind: FormFieldKind = 'text', required = false): FormFieldLayout => ({
  name,
  label,
  kind,
  required,
});

/** The five sections of the official form, in print order. */
export const FORM_SECTIONS: FormSectionLayout[] = [
  {
    title: '1. Comune richiedente',
    fields: [
      field('comune', 'Comune richiedente', 'text', true),
      field('provincia', 'Provincia (sigla)'),
      field('codice_istat', 'Codice ISTAT del Comune'),
      field('forma', 'Forma di partecipazione', 'choice'),
      field('altri_comuni', 'Altri Comuni coinvolti'),
      field('pec_ente', "PEC dell'ente"),
    ],
  },
  {
    title: '2. Referente',
    fields: [
      field('referente_nome', 'Referente: nome e cognome', 'text', true),
      field('referente_ruolo', 'Ruolo / qualifica'),
      field('referente_email', 'E-mail del referente', 'text', true),
      field('referente_telefono', 'Telefono'),
    ],
  },
  {
    title: '3. Laboratorio richiesto',
    fields: [
      field('ambito', 'Ambito', 'choice'),
      field('laboratorio', 'Laboratorio richiesto (prima scelta)', 'lab', true),
      field('laboratorio_2', 'Laboratorio (seconda scelta)', 'lab'),
      field('fabbisogni', 'Fabbisogni e obiettivi', 'multiline', true),
      field('cup', 'CUP dei progetti finanziati di riferimento'),
    ],
  },
  {
    title: '4. Destinatari e organizzazione',
    fields: [
      field('dest_amministratori', 'sindaci e amministratori', 'checkbox'),
      field('dest_segretari', 'segretari e direttori generali', 'checkbox'),
      field('dest_dirigenti', 'dirigenti e funzionari', 'checkbox'),
      field('dest_team', 'team di progetto', 'checkbox'),
      field('partecipanti', 'Numero indicativo di partecipanti'),
      field('giornate', 'Numero di giornate in presenza'),
      field('periodo', 'Periodo preferito'),
      field('sede', 'Sede proposta'),
    ],
  },
  {
    title: '5. Privacy e firma',
    fields: [
      field('privacy', "Presa visione dell'informativa privacy", 'checkbox'),
      field('luogo_data', 'Luogo e data'),
      field('firmatario', 'Il/La dichiarante (nome)'),
    ],
  },
];

/** The group label printed above the four audience checkboxes. */
export const AUDIENCE_GROUP_LABEL = 'Destinatari';

export function choiceOptions(name: FormFieldName): string[] {
  if (name === 'forma') return PARTNERSHIP_OPTIONS;
  if (name === 'ambito') return AREA_OPTIONS;
  return [];
}

/** Dropdown options for the lab fields, e.g. "PC-3 Procedure e affidamenti". */
export function labOptions(catalog: CatalogLike): string[] {
  return catalog.labs.map((lab) => `${lab.code} ${lab.title}`);
}

export function areaTitle(area: 'PO' | 'PC'): string {
  return area === 'PO' ? 'Personale e organizzazione' : 'Progetti e politiche di coesione';
}
