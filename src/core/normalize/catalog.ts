// The Capacity Lab catalogue (config/catalog.yaml): areas, labs and the aliases people use for them.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { AreaCode } from '../types.ts';
import { IntakeError } from '../errors.ts';
import { foldText } from './fold-text.ts';

const areaCode = z.enum(['PO', 'PC']);

const catalogSchema = z
  .object({
    areas: z.array(z.object({ code: areaCode, title: z.string().trim().min(1) }).strict()).length(2),
    labs: z
      .array(
        z
          .object({
            code: z.string().regex(/^P[OC]-\d$/, 'a lab code looks like PO-1 or PC-6'),
            area: areaCode,
            title: z.string().trim().min(1),
            aliases: z.array(z.coerce.string().trim().min(1)).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((catalog, context) => {
    const codes = new Set<string>();
    const phraseOwners = new Map<string, string>();
    for (const lab of catalog.labs) {
      for (const phrase of [lab.title, ...lab.aliases]) {
        const folded = foldText(phrase);
        const owner = phraseOwners.get(folded);
        if (owner && owner !== lab.code) {
          context.addIssue({ code: 'custom', message: `"${phrase}" names both ${owner} and ${lab.code}` });
        }
        phraseOwners.set(folded, lab.code);
      }
      if (codes.has(lab.code)) context.addIssue({ code: 'custom', message: `duplicate lab code ${lab.code}` });
      codes.add(lab.code);
      if (!lab.code.startsWith(lab.area)) {
        context.addIssue({ code: 'custom', message: `lab ${lab.code} is filed under area ${lab.area}` });
      }
    }
  });

export interface CatalogLab {
  code: string;
  area: AreaCode;
  title: string;
  aliases: string[];
}

export interface Catalog {
  areas: Array<{ code: AreaCode; title: string }>;
  labs: CatalogLab[];
}

/** Parses and validates the catalogue YAML; a bad catalogue is a configuration error: IntakeError `catalog-invalid`. */
export function parseCatalog(yamlText: string): Catalog {
  const result = catalogSchema.safeParse(parseYaml(yamlText));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new IntakeError('catalog-invalid', `invalid lab catalogue: ${problems.join('; ')}`);
  }
  return result.data;
}
