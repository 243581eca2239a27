import { z } from 'zod';
import { canonicalRegion, sameRegion } from './italian-regions.ts';
import { parseConfigYaml } from './parse-config-yaml.ts';

/** The regions Cap4City serves; a request from elsewhere is acknowledged and goes to review. */
export const PROGRAMME_REGIONS = ['Basilicata', 'Calabria', 'Campania', 'Molise', 'Puglia', 'Sardegna', 'Sicilia'] as const;

export interface EligibilityConfig {
  regions: string[];
}

const EligibilitySchema = z
  .object({
    regions: z
      .array(
        z.string().transform((name, ctx) => {
          const canonical = canonicalRegion(name);
          if (canonical === null) ctx.addIssue({ code: 'custom', message: `"${name}" is not an Italian region` });
          return canonical ?? name;
        }),
      )
      .min(1, 'list at least one region'),
  })
  .strict();

export function parseEligibilityConfig(yamlText: string, fileLabel = 'config/eligibility.yaml'): EligibilityConfig {
  return parseConfigYaml(yamlText, EligibilitySchema, fileLabel);
}

/** Whether a Comune of `region` is served by the programme; an unknown region (null) is not. */
export function isEligibleRegion(region: string | null, config: EligibilityConfig = { regions: [...PROGRAMME_REGIONS] }): boolean {
  if (!region) return false;
  return config.regions.some((served) => sameRegion(served, region));
}
