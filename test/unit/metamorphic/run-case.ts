/** Renders a case, parses it, and compares its key fields with the spec's and with its untransformed rendering. */
import { readFileSync } from 'node:fs';
import { SPECS } from '../../../scripts/fixtures/cases/request-specs.ts';
import type { RequestSpec } from '../../../scripts/fixtures/request-spec.ts';
import { parseCatalog } from '../../../src/core/normalize/catalog.ts';
import { parseMessage, type ParseContext } from '../../../src/core/parse-message.ts';
import { caseKey, type MetamorphicCase } from './cases.ts';
import { allRows, modelFromSpec, type DocModel } from './doc-model.ts';
import { KEY_FIELDS, differences, expectedKeyValues, keyValuesOf, type Difference, type KeyValues } from './key-fields.ts';
import { RENDERERS, renderer } from './renderers/index.ts';
import { seedOf } from './rng.ts';
import { applyAll } from './transforms.ts';

const CATALOG_PATH = new URL('../../../config/catalog.yaml', import.meta.url).pathname;

/** The context every golden expectation assumes (test/fixtures/messages/README.md). */
export function corpusContext(): ParseContext {
  return { catalog: parseCatalog(readFileSync(CATALOG_PATH, 'utf8')), ownAddresses: ['cap4city@anci.example.it'], ownMessageIdDomain: 'cap4city.local' };
}

export interface Outcome {
  key: string;
  actual: KeyValues;
  /** Differences from what the spec says (the golden expectation). */
  vsSpec: Difference[];
  /** Differences from the untransformed rendering (for an untransformed case: from the reference renderer's). */
  vsBase: Difference[];
  /** The fields the transformation (or renderer) made wrong: changed from the base, and not to the spec's value. */
  moved: Difference[];
}

const REFERENCE = RENDERERS[0]?.name ?? 'body-lines';

/** The document of a case: the spec's model through the case's transformations. */
export function modelOf(c: MetamorphicCase): DocModel {
  const spec: RequestSpec = SPECS[c.spec];
  return applyAll(modelFromSpec(spec), c.transforms, spec, seedOf(`${c.spec}#${c.variant ?? 0}`));
}

/** The labels a typo changed in a case ("Telefono → Telefomo"), to show which typo broke what. */
export function typoLabels(c: MetamorphicCase): string[] {
  const withoutTypo = allRows(modelOf({ ...c, transforms: c.transforms.filter((t) => !t.name.startsWith('label-typo')) }));
  return allRows(modelOf(c)).flatMap((row, i) => (withoutTypo[i] && withoutTypo[i].label !== row.label ? [`${withoutTypo[i].label} → ${row.label}`] : []));
}

export class CaseRunner {
  private readonly cache = new Map<string, Promise<KeyValues>>();

  constructor(private readonly ctx: ParseContext) {}

  /** The raw message of a case. */
  async render(c: MetamorphicCase): Promise<Buffer> {
    return renderer(c.renderer).render(modelOf(c), { id: `metamorphic/${caseKey(c)}`, spec: SPECS[c.spec] });
  }

  /** The key fields of a case's parse; a parse that throws reads as kind "threw: …". Memoized per case. */
  keyValues(c: MetamorphicCase): Promise<KeyValues> {
    const key = caseKey(c);
    let found = this.cache.get(key);
    if (!found) {
      found = this.render(c).then(async (raw) => {
        try {
          return keyValuesOf(await parseMessage(raw, this.ctx));
        } catch (error) {
          const threw = Object.fromEntries(KEY_FIELDS.map((field) => [field, null])) as KeyValues;
          return { ...threw, kind: `threw: ${(error as Error).message}` };
        }
      });
      this.cache.set(key, found);
    }
    return found;
  }

  async check(c: MetamorphicCase): Promise<Outcome> {
    const actual = await this.keyValues(c);
    const base: MetamorphicCase = c.transforms.length > 0 ? { spec: c.spec, transforms: [], renderer: c.renderer } : { spec: c.spec, transforms: [], renderer: REFERENCE };
    const baseValues = await this.keyValues(base);
    const expected = expectedKeyValues(SPECS[c.spec]);
    const vsSpec = differences(actual, expected);
    const vsBase = differences(actual, baseValues);
    const moved = vsBase.filter((d) => !(d.field in expected) || vsSpec.some((wrong) => wrong.field === d.field));
    return { key: caseKey(c), actual, vsSpec, vsBase, moved };
  }
}
