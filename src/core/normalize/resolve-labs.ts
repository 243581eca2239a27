// The labs a request asks for, in order of preference, from every candidate the document offers: the values of the
// first-choice and second-choice labels (a title such as "Capacity Lab – Modulo di richiesta" read as a field yields
// to the next value that the catalogue knows), then ticked catalogue rows, then labs named under a lab heading, and
// as a last resort a lab named alone anywhere in the document (recorded with low confidence, for review).
import type { FormEvidence, FormFields, LabRef } from '../types.ts';
import { candidateValues } from './candidate-values.ts';
import type { Catalog } from './catalog.ts';
import { choiceOf, type FieldChoice } from './field-choice.ts';
import { addLabs, labsInRows } from './labs-in-rows.ts';
import { matchLab, type LabMatchResult } from './match-lab.ts';

export interface ResolvedLabs {
  labs: LabRef[];
  choice: FieldChoice | null;
  warnings: string[];
}

export interface LabReading {
  fields: FormFields;
  evidence?: FormEvidence;
  /** The first-choice value came from a letter's sentences, not a label. */
  fromProse?: boolean;
  /** The values are AcroForm fields of the official form. */
  fromFormFields?: boolean;
}

interface ValidCandidate {
  result: LabMatchResult;
  later: boolean;
}

function firstValid(values: readonly string[], catalog: Catalog): { valid: ValidCandidate | null; firstWarnings: string[] } {
  let firstWarnings: string[] = [];
  for (const [index, value] of values.entries()) {
    const result = matchLab(value, catalog);
    if (index === 0) firstWarnings = result.warnings;
    if (result.labs.length > 0) return { valid: { result, later: index > 0 }, firstWarnings };
  }
  return { valid: null, firstWarnings };
}

export function resolveLabs(reading: LabReading, catalog: Catalog): ResolvedLabs {
  const { fields, evidence } = reading;
  const first = firstValid(candidateValues('laboratorio', fields, evidence?.candidates), catalog);
  const second = firstValid(candidateValues('laboratorio_2', fields, evidence?.candidates), catalog);
  const warnings = [...first.firstWarnings];
  const labs: LabRef[] = [];
  let choice: FieldChoice | null = null;
  if (first.valid) {
    warnings.splice(0, warnings.length, ...first.valid.result.warnings);
    addLabs(labs, first.valid.result.labs);
    const source = reading.fromFormFields ? 'form-field' : reading.fromProse ? 'prose' : first.valid.later ? 'label-later' : 'label';
    choice = choiceOf(source, first.valid.result.match === 'exact');
  }
  const secondWarnings = (second.valid?.result.warnings ?? second.firstWarnings).map((warning) => warning.replace(/^([\w-]+): /, '$1: laboratorio_2: '));
  const found = evidence && evidence.rows.length > 0 ? labsInRows(evidence.rows, catalog) : null;
  // ticked or ranked rows that include the label's lab: every ticked lab is asked for, in the rows' order of preference
  if (first.valid && found && first.valid.result.labs.every((lab) => found.checked.some((ticked) => ticked.code === lab.code))) {
    labs.splice(0, labs.length, ...found.checked);
  }
  if (!first.valid && found) {
    const [source, fromRows] =
      found.checked.length > 0 ? (['checked-row', found.checked] as const) : found.inLabSection.length > 0 ? (['lab-section', found.inLabSection] as const) : (['document', found.elsewhere] as const);
    if (fromRows.length > 0) {
      addLabs(labs, fromRows);
      choice = choiceOf(source, true);
      // what the first-choice label held was not a lab: the reading from the rows replaces its complaint
      warnings.splice(0, warnings.length, ...warnings.filter((warning) => !warning.startsWith('lab-not-found')));
    }
  }
  if (second.valid) {
    addLabs(labs, second.valid.result.labs);
    if (!choice) choice = choiceOf(second.valid.later ? 'label-later' : 'label', second.valid.result.match === 'exact');
  }
  warnings.push(...secondWarnings);
  return { labs, choice, warnings };
}
