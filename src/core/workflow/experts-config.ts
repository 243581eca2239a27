import { z } from 'zod';
import type { AreaCode } from '../types.ts';
import { canonicalRegion } from './italian-regions.ts';
import { configError, isIsoDate, parseConfigYaml } from './parse-config-yaml.ts';

export interface Absence {
  /** First day away, `YYYY-MM-DD` (local calendar date). */
  from: string;
  /** Last day away, inclusive. */
  to: string;
}

export interface Expert {
  id: string;
  name: string;
  email: string;
  /** Lab codes covered, e.g. `PC-3`. */
  labs: string[];
  /** Whole areas covered: every lab of the area. */
  areas: AreaCode[];
  /** Regions covered, official spelling; empty when national. */
  regions: string[];
  national: boolean;
  /** Maximum open assignments at once. */
  capacity: number;
  active: boolean;
  absences: Absence[];
}

export interface ExpertsConfig {
  experts: Expert[];
}

const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

const AbsenceSchema = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((a) => a.from <= a.to, { message: 'must not be before "from"', path: ['to'] });

const region = z.string().transform((name, ctx) => {
  const canonical = canonicalRegion(name);
  if (canonical === null) ctx.addIssue({ code: 'custom', message: `"${name}" is not an Italian region (write it as ISTAT does, e.g. "Puglia")` });
  return canonical ?? name;
});

const ExpertSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and "-"'),
    name: z.string().trim().min(1),
    email: z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address')),
    labs: z.array(z.string().trim().toUpperCase().regex(/^(PO|PC)-\d+$/, 'must be a lab code such as "PC-3"')).default([]),
    areas: z.array(z.enum(['PO', 'PC'])).default([]),
    regions: z.array(region).default([]),
    national: z.boolean().default(false),
    capacity: z.number().int().min(1).max(100).default(3),
    active: z.boolean().default(true),
    absences: z.array(AbsenceSchema).default([]),
  })
  .strict()
  .refine((e) => e.labs.length > 0 || e.areas.length > 0, { message: 'an expert needs "labs" or "areas"', path: ['labs'] })
  .refine((e) => e.national || e.regions.length > 0, { message: 'an expert needs "regions" or "national: true"', path: ['regions'] });

const ExpertsFileSchema = z.object({ experts: z.array(ExpertSchema).min(1, 'list at least one expert') }).strict();

/**
 * config/experts.yaml → validated experts. `knownLabCodes` (from the catalogue), when given, makes an
 * unknown lab code an error too. Throws an IntakeError naming the bad field.
 */
export function parseExpertsConfig(yamlText: string, options: { knownLabCodes?: string[]; fileLabel?: string } = {}): ExpertsConfig {
  const fileLabel = options.fileLabel ?? 'config/experts.yaml';
  const { experts } = parseConfigYaml(yamlText, ExpertsFileSchema, fileLabel);
  const ids = new Set<string>();
  const known = options.knownLabCodes ? new Set(options.knownLabCodes) : null;
  experts.forEach((expert, index) => {
    if (ids.has(expert.id)) throw configError(fileLabel, `experts.${index}.id: duplicate id "${expert.id}"`);
    ids.add(expert.id);
    expert.labs.forEach((code, labIndex) => {
      if (known && !known.has(code)) throw configError(fileLabel, `experts.${index}.labs.${labIndex}: "${code}" is not in the catalogue`);
    });
    if (expert.national && expert.regions.length > 0) {
      throw configError(fileLabel, `experts.${index}.regions: a national expert lists no regions`);
    }
  });
  return { experts };
}
