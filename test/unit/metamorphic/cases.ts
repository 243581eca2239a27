/** Which (spec, transformations, renderer) combinations the suite runs, and the longer sets of the long run. */
import { SPECS } from '../../../scripts/fixtures/cases/request-specs.ts';
import { ABBREVIATIONS, SYNONYMS } from './label-variants.ts';
import type { RowField } from './doc-model.ts';
import { RENDERERS, type Renderer, type RendererName } from './renderers/index.ts';
import { rng, type Rng } from './rng.ts';
import { TRANSFORMS, compatible, labelTypo, labelVariant, type Transform } from './transforms.ts';

export type SpecKey = keyof typeof SPECS;
export const SPEC_KEYS = Object.keys(SPECS) as SpecKey[];

export interface MetamorphicCase {
  spec: SpecKey;
  /** Applied in phase order; empty for the untransformed rendering. */
  transforms: readonly Transform[];
  renderer: RendererName;
  /** Another draw of the same transformations' random choices (0: the default draw). */
  variant?: number;
}

const byPhase = (transforms: readonly Transform[]) => [...transforms].sort((a, b) => a.phase - b.phase);

/** "spec/transform+transform/renderer", e.g. "matera/synonyms+reorder/docx"; "identity" when untransformed. */
export function caseKey(c: MetamorphicCase): string {
  const names = byPhase(c.transforms).map((t) => t.name).join('+') || 'identity';
  return `${c.spec}/${names}${c.variant ? `#${c.variant}` : ''}/${c.renderer}`;
}

/** The renderers a combination of transformations can go through (quoting and forwarding need a body). */
export const renderersFor = (transforms: readonly Transform[]): Renderer[] => RENDERERS.filter((r) => r.inBody || !transforms.some((t) => t.bodyOnly));

/** A random combination of `size` transformations that do not exclude each other. */
function randomCombination(random: Rng, size: number): Transform[] {
  const chosen: Transform[] = [];
  for (const transform of random.shuffle(TRANSFORMS)) {
    if (chosen.length === size) break;
    if (compatible([...chosen, transform])) chosen.push(transform);
  }
  return chosen;
}

export const SUITE_SEED = 20260112;
const RENDERERS_PER_TRANSFORM = 2;
const COMBINATIONS_PER_SPEC = 4;

/**
 * The suite (about 880 cases): every spec through every renderer untransformed; every spec under every
 * transformation through two renderers, rotating so that each transformation meets every renderer it applies
 * to with several specs; and four seeded combinations of 2–4 transformations per spec.
 */
export function suiteCases(): MetamorphicCase[] {
  const cases: MetamorphicCase[] = [];
  for (const spec of SPEC_KEYS) for (const r of RENDERERS) cases.push({ spec, transforms: [], renderer: r.name });
  SPEC_KEYS.forEach((spec, i) =>
    TRANSFORMS.forEach((transform, j) => {
      const renderers = renderersFor([transform]);
      for (let k = 0; k < RENDERERS_PER_TRANSFORM; k++) {
        const r = renderers[(i + j + k * Math.ceil(renderers.length / 2)) % renderers.length] as Renderer;
        cases.push({ spec, transforms: [transform], renderer: r.name });
      }
    }),
  );
  const random = rng(SUITE_SEED);
  for (const spec of SPEC_KEYS) {
    for (let n = 0; n < COMBINATIONS_PER_SPEC; n++) {
      const transforms = randomCombination(random, 2 + random.int(3));
      cases.push({ spec, transforms, renderer: random.pick(renderersFor(transforms)).name });
    }
  }
  return dedupe(cases);
}

function dedupe(cases: MetamorphicCase[]): MetamorphicCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = caseKey(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface LongRunOptions {
  seed: number;
  /** Random combinations on top of the systematic cases. */
  combinations: number;
  /** Other draws of the typo per (spec, renderer). */
  typoVariants: number;
}

/**
 * The long run: the suite; every spec × every transformation × every renderer; each label variant of
 * label-variants.ts on its own, through every renderer, on three rotating specs; more typo draws; and
 * `combinations` random combinations with their own random draws.
 */
export function longRunCases(options: LongRunOptions): MetamorphicCase[] {
  const cases = suiteCases();
  for (const spec of SPEC_KEYS) for (const transform of TRANSFORMS) for (const r of renderersFor([transform])) cases.push({ spec, transforms: [transform], renderer: r.name });
  const variants = [...Object.entries(SYNONYMS), ...Object.entries(ABBREVIATIONS)].flatMap(([field, labels]) =>
    (labels ?? []).map((label) => labelVariant(field as RowField, label)),
  );
  variants.forEach((transform, i) => {
    for (const r of RENDERERS) for (let k = 0; k < 3; k++) cases.push({ spec: SPEC_KEYS[(i * 3 + k) % SPEC_KEYS.length] as SpecKey, transforms: [transform], renderer: r.name });
  });
  for (let v = 1; v <= options.typoVariants; v++) {
    SPEC_KEYS.forEach((spec, i) => {
      const r = RENDERERS[(i + v) % RENDERERS.length] as Renderer;
      cases.push({ spec, transforms: [labelTypo(v)], renderer: r.name });
    });
  }
  const random = rng(options.seed);
  for (let n = 0; n < options.combinations; n++) {
    const transforms = randomCombination(random, 2 + random.int(4));
    cases.push({ spec: random.pick(SPEC_KEYS), transforms, renderer: random.pick(renderersFor(transforms)).name, variant: 1 + random.int(1000) });
  }
  return dedupe(cases);
}
