/**
 * Metamorphic suite (issue #12): every golden request spec, rendered as a mail in six ways and put through
 * transformations that keep its content (labels, layout, letterhead, quoting...), must parse to the key fields
 * of its untransformed rendering and of the spec. Cases: cases.ts; the long run: `npm run metamorphic:long`
 * (writes FAILURES.md). Cases failing today are in known-failures.ts and run as `it.fails`: when one starts
 * passing, its test fails and tells you to remove it from the list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SPECS } from '../../../scripts/fixtures/cases/request-specs.ts';
import { SPEC_KEYS, caseKey, suiteCases } from './cases.ts';
import { modelFromSpec } from './doc-model.ts';
import { describeDifference } from './key-fields.ts';
import { KNOWN_FAILURES } from './known-failures.ts';
import { RENDERERS } from './renderers/index.ts';
import { CaseRunner, corpusContext } from './run-case.ts';
import { TRANSFORMS, applyAll } from './transforms.ts';

const CASES = suiteCases();
let runner: CaseRunner;

beforeAll(() => {
  runner = new CaseRunner(corpusContext());
});

describe('the metamorphic suite itself', () => {
  it('lists in KNOWN_FAILURES only cases that the suite runs', () => {
    const keys = new Set(CASES.map(caseKey));
    expect([...KNOWN_FAILURES].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has transformations that change the document of every spec (none is silently a no-op)', () => {
    for (const key of SPEC_KEYS) {
      const base = modelFromSpec(SPECS[key]);
      for (const transform of TRANSFORMS) expect(applyAll(base, [transform], SPECS[key], 1), `${transform.name} on ${key}`).not.toEqual(base);
    }
  });

  it.each(RENDERERS.map((r) => r.name))('renders the same bytes twice through %s (deterministic)', async (name) => {
    const c = CASES.find((candidate) => candidate.renderer === name && candidate.transforms.length > 2) ?? { spec: 'matera' as const, transforms: TRANSFORMS, renderer: name };
    expect((await runner.render(c)).equals(await runner.render(c))).toBe(true);
  });
});

describe('key fields survive every transformation and every renderer', () => {
  for (const c of CASES) {
    const key = caseKey(c);
    (KNOWN_FAILURES.has(key) ? it.fails : it)(key, async () => {
      const outcome = await runner.check(c);
      expect({ vsSpec: outcome.vsSpec.map(describeDifference), vsUntransformed: outcome.vsBase.map(describeDifference) }).toEqual({ vsSpec: [], vsUntransformed: [] });
    });
  }
});
