/**
 * Transformations of the document model that a person reading the mail would not notice as a change
 * of content: each must leave the key fields of the parse as they were. Small pure functions
 * (model, context) → model; randomness comes only from the seed in the context.
 */
import type { RequestSpec } from '../../../scripts/fixtures/request-spec.ts';
import { lab } from '../../../scripts/fixtures/request-spec.ts';
import { POSTCODES, PROVINCE_NAMES } from './comune-letterhead.ts';
import type { DocModel, Row, RowField } from './doc-model.ts';
import { SECTION_LAYOUT, mapRows } from './doc-model.ts';
import { ABBREVIATIONS, SYNONYMS } from './label-variants.ts';
import type { Rng } from './rng.ts';
import { rng, seedOf } from './rng.ts';

export interface TransformContext {
  spec: RequestSpec;
  seed: number;
}

export interface Transform {
  name: string;
  /** Application order inside a combination: values, labels, typos, case, layout, then the envelope. */
  phase: number;
  /** Transformations of one group exclude each other in a combination (a label cannot be both upper and lower case). */
  group?: string;
  /** Only meaningful for a form written in the mail body (quoting or forwarding it). */
  bodyOnly?: boolean;
  apply: (model: DocModel, ctx: TransformContext) => DocModel;
}

const PHASE = { values: 0, labels: 1, typo: 2, letterCase: 3, layout: 4, envelope: 5 } as const;

// ---- values -------------------------------------------------------------------------------

const labValue = (name: string, format: (code: string) => string): Transform => ({
  name,
  phase: PHASE.values,
  group: 'lab-format',
  apply: (model, { spec }) =>
    mapRows(model, (row) => {
      const code = row.field === 'laboratorio' ? spec.labs[0] : row.field === 'laboratorio_2' ? spec.labs[1] : undefined;
      return code ? { ...row, value: format(code) } : row;
    }),
});

/** The lab by its catalogue title only ("Procedure e affidamenti"). */
export const labTitle = labValue('lab-title', (code) => lab(code).title);
/** The lab by its code only ("PC-3"). */
export const labCode = labValue('lab-code', (code) => code);
/** "PC-3 – Procedure e affidamenti", with an en dash as Word types it. */
export const labCodeDashTitle = labValue('lab-code-dash-title', (code) => `${code} – ${lab(code).title}`);

// ---- labels -------------------------------------------------------------------------------

const relabel = (name: string, table: Partial<Record<RowField, readonly string[]>>): Transform => ({
  name,
  phase: PHASE.labels,
  group: 'labels',
  apply: (model, { seed }) => {
    const random = rng(seed);
    return mapRows(model, (row) => {
      const choices = table[row.field];
      return choices && choices.length > 0 ? { ...row, label: random.pick(choices) } : row;
    });
  },
});

/** Every label that has synonyms replaced by one of them. */
export const synonyms = relabel('synonyms', SYNONYMS);
/** Every label that has an abbreviation replaced by one. */
export const abbreviations = relabel('abbreviations', ABBREVIATIONS);

/** One field's label set to one given variant (the long run tries each variant on its own). */
export const labelVariant = (field: RowField, label: string): Transform => ({
  name: `label[${field}=${label}]`,
  phase: PHASE.labels,
  group: 'labels',
  apply: (model) => mapRows(model, (row) => (row.field === field ? { ...row, label } : row)),
});

// ---- a typo ---------------------------------------------------------------------------------

// keys next to each other on an Italian keyboard: the substitutions people actually make
const NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', l: 'ko', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', z: 'x',
};

/** One edit (deletion, neighbour key, transposition, doubled letter) inside one word of five letters or more. */
export function typo(label: string, random: Rng): string {
  const words = [...label.matchAll(/\p{L}{5,}/gu)];
  if (words.length === 0) return label;
  const word = random.pick(words);
  const text = word[0];
  const start = word.index ?? 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = 1 + random.int(text.length - 2); // never the first or the last letter
    const char = text[at] ?? '';
    const lower = char.toLowerCase();
    let edited: string;
    switch (random.int(4)) {
      case 0:
        edited = text.slice(0, at) + text.slice(at + 1);
        break;
      case 1: {
        const options = NEIGHBOURS[lower];
        if (!options) continue;
        const replacement = random.pick([...options]);
        edited = text.slice(0, at) + (char === lower ? replacement : replacement.toUpperCase()) + text.slice(at + 1);
        break;
      }
      case 2:
        edited = text.slice(0, at) + (text[at + 1] ?? '') + char + text.slice(at + 2);
        break;
      default:
        edited = text.slice(0, at) + char + text.slice(at);
    }
    if (edited !== text) return label.slice(0, start) + edited + label.slice(start + text.length);
  }
  return label;
}

const TYPO_FIELDS: ReadonlySet<RowField> = new Set(['comune', 'referente_nome', 'referente_email', 'referente_telefono', 'laboratorio', 'laboratorio_2', 'fabbisogni', 'partecipanti', 'giornate']);

/** One typo in the label of one key field ("Comue richiedente", "Referemte"); `variant` picks another typo. */
export const labelTypo = (variant = 0): Transform => ({
  name: variant === 0 ? 'label-typo' : `label-typo#${variant}`,
  phase: PHASE.typo,
  apply: (model, { seed }) => {
    const random = rng(seed + variant * 7_919);
    const candidates = model.sections.flatMap((section) => section.rows).filter((row) => TYPO_FIELDS.has(row.field));
    const target = random.pick(candidates);
    return mapRows(model, (row) => (row === target ? { ...row, label: typo(row.label, random) } : row));
  },
});

// ---- letter case ------------------------------------------------------------------------------

export const labelsUpper: Transform = {
  name: 'labels-upper',
  phase: PHASE.letterCase,
  group: 'case',
  apply: (model) => mapRows(model, (row) => ({ ...row, label: row.label.toLocaleUpperCase('it') })),
};

export const labelsLower: Transform = {
  name: 'labels-lower',
  phase: PHASE.letterCase,
  group: 'case',
  apply: (model) => mapRows(model, (row) => ({ ...row, label: row.label.toLocaleLowerCase('it') })),
};

// ---- layout -----------------------------------------------------------------------------------

/** A seeded shuffle of the sections and of the rows inside each section. */
export const reorder: Transform = {
  name: 'reorder',
  phase: PHASE.layout,
  apply: (model, { seed }) => {
    const random = rng(seed);
    return { ...model, sections: random.shuffle(model.sections).map((section) => ({ ...section, rows: random.shuffle(section.rows) })) };
  },
};

/** Title lines full of field words above the form. */
export const titleLines: Transform = {
  name: 'title-lines',
  phase: PHASE.layout,
  apply: (model, { spec }) => ({
    ...model,
    titleLines: ['Capacity Lab – Modulo di richiesta', `RICHIESTA LABORATORIO – COMUNE DI ${spec.comune.name.toLocaleUpperCase('it')}`, ...model.titleLines],
  }),
};

/** A heading over each section, named after the official section ("Sezione 3 – Laboratorio richiesto"). */
export const sectionHeadings: Transform = {
  name: 'section-headings',
  phase: PHASE.layout,
  apply: (model) => ({
    ...model,
    sections: model.sections.map((section) => {
      const index = SECTION_LAYOUT.findIndex((layout) => layout.key === section.key);
      return { ...section, heading: `Sezione ${index + 1} – ${SECTION_LAYOUT[index]?.title ?? ''}` };
    }),
  }),
};

/** The Comune's letterhead: name, province, address with postcode, protocol number, page number. */
export const letterhead: Transform = {
  name: 'letterhead',
  phase: PHASE.layout,
  apply: (model, { spec }) => {
    const { name, province } = spec.comune;
    return {
      ...model,
      letterhead: [
        `COMUNE DI ${name.toLocaleUpperCase('it')}`,
        `Provincia di ${PROVINCE_NAMES[province] ?? province}`,
        `Piazza Municipio 1 – ${POSTCODES[name] ?? '00000'} ${name}`,
        'Prot. n. 4521 del 12/01/2026',
        'Pag. 1 di 2',
      ],
    };
  },
};

/** Blank lines (empty rows) before some rows and before every section. */
export const blankLines: Transform = {
  name: 'blank-lines',
  phase: PHASE.layout,
  apply: (model, { seed }) => {
    const random = rng(seed);
    return {
      ...model,
      sections: model.sections.map((section) => ({
        ...section,
        rows: section.rows.map((row, i): Row => ({ ...row, gapBefore: row.gapBefore + (i === 0 ? 1 : random.next() < 0.4 ? 1 + random.int(2) : 0) })),
      })),
    };
  },
};

/** The form runs over two pages: a page break before a middle section, and a header printed on each page. */
export const pageBreak: Transform = {
  name: 'page-break',
  phase: PHASE.layout,
  apply: (model, { spec, seed }) => {
    if (model.sections.length < 2) return model;
    const at = 1 + rng(seed).int(model.sections.length - 1);
    return {
      ...model,
      pageHeader: [`Comune di ${spec.comune.name} – Richiesta di attivazione Capacity Lab`, 'Pag. {page} di {pages}'],
      sections: model.sections.map((section, i) => (i === at ? { ...section, pageBreakBefore: true } : section)),
    };
  },
};

/** The sender's signature under the form: greeting, name, role, Comune, phone, e-mail. */
export const signature: Transform = {
  name: 'signature',
  phase: PHASE.layout,
  apply: (model, { spec }) => {
    const { contact, comune } = spec;
    const lines = ['Distinti saluti', contact.name, contact.role, `Comune di ${comune.name}`, contact.phone && `Tel. ${contact.phone}`, contact.email];
    return { ...model, signature: lines.filter((line): line is string => Boolean(line)) };
  },
};

// ---- envelope -------------------------------------------------------------------------------

/** The form quoted ("> ") under a short note and "Il giorno … ha scritto:", in a new message (no reply headers). */
export const quotedReply: Transform = {
  name: 'quoted-reply',
  phase: PHASE.envelope,
  group: 'envelope',
  bodyOnly: true,
  apply: (model) => ({ ...model, envelope: 'quoted' }),
};

/** The form forwarded by a colleague ("---------- Messaggio inoltrato ----------"). */
export const forwarded: Transform = {
  name: 'forwarded',
  phase: PHASE.envelope,
  group: 'envelope',
  bodyOnly: true,
  apply: (model) => ({ ...model, envelope: 'forwarded' }),
};

/** Every transformation of the suite, each at its default setting. */
export const TRANSFORMS: readonly Transform[] = [
  titleLines,
  sectionHeadings,
  letterhead,
  synonyms,
  abbreviations,
  reorder,
  labelsUpper,
  labelsLower,
  labelTypo(),
  blankLines,
  pageBreak,
  labTitle,
  labCode,
  labCodeDashTitle,
  signature,
  quotedReply,
  forwarded,
];

/**
 * Transformations in their phase order (stable), applied one after the other. Each gets a seed of its own,
 * derived from its name: a transformation makes the same choices alone and inside a combination.
 */
export function applyAll(model: DocModel, transforms: readonly Transform[], spec: RequestSpec, seed: number): DocModel {
  const ordered = [...transforms].sort((a, b) => a.phase - b.phase);
  return ordered.reduce((current, transform) => transform.apply(current, { spec, seed: seedOf(`${seed}:${transform.name}`) }), model);
}

/** True when no two transformations of a combination exclude each other. */
export const compatible = (transforms: readonly Transform[]): boolean => {
  const groups = transforms.map((t) => t.group).filter((group): group is string => group !== undefined);
  return new Set(groups).size === groups.length && new Set(transforms.map((t) => t.name)).size === transforms.length;
};
