/**
 * Long metamorphic run (`npm run metamorphic:long`): the suite's cases plus every spec × transformation × renderer,
 * every label variant on its own, more typo draws and many random combinations. Prints the failures per
 * transformation and the pass rate, and writes FAILURES.md beside this file.
 *   METAMORPHIC_SEED (default 1), METAMORPHIC_COMBINATIONS (default 1500), METAMORPHIC_TYPOS (default 5)
 *   --write-known-failures   also rewrite known-failures.ts with the suite's failing cases
 * Exit status 1 when some case fails.
 */
import { writeFileSync } from 'node:fs';
import { caseKey, longRunCases, suiteCases } from './cases.ts';
import { consoleSummary, failed, knownFailuresSource, markdownReport, showDifference, type Result } from './failures-report.ts';
import { CaseRunner, corpusContext, typoLabels } from './run-case.ts';

const options = {
  seed: Number(process.env.METAMORPHIC_SEED ?? 1),
  combinations: Number(process.env.METAMORPHIC_COMBINATIONS ?? 1500),
  typoVariants: Number(process.env.METAMORPHIC_TYPOS ?? 5),
};
const writeKnownFailures = process.argv.includes('--write-known-failures');

const cases = longRunCases(options);
const runner = new CaseRunner(corpusContext());
const started = Date.now();
const results: Result[] = [];
console.log(`metamorphic long run: ${cases.length} cases (seed ${options.seed}, ${options.combinations} combinations, ${options.typoVariants} typo draws)`);
for (const c of cases) {
  const outcome = await runner.check(c);
  const typos = c.transforms.some((t) => t.name.startsWith('label-typo')) ? typoLabels(c) : [];
  results.push({ case: c, outcome, ...(typos.length > 0 ? { detail: `typo: ${typos.join('; ')}` } : {}) });
  if (failed({ case: c, outcome })) console.log(`FAIL ${outcome.key}  ${showDifference(outcome.vsSpec[0] ?? outcome.vsBase[0])}`);
  if (results.length % 500 === 0) console.log(`… ${results.length}/${cases.length}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

console.log('');
for (const line of consoleSummary(results)) console.log(line);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${seconds} s`);

const settings = `seed ${options.seed}, ${options.combinations} random combinations, ${options.typoVariants} extra typo draws`;
writeFileSync(new URL('./FAILURES.md', import.meta.url), markdownReport(results, settings));
console.log('wrote test/unit/metamorphic/FAILURES.md');
if (writeKnownFailures) {
  const suiteKeys = new Set(suiteCases().map(caseKey));
  writeFileSync(new URL('./known-failures.ts', import.meta.url), knownFailuresSource(results.filter((r) => suiteKeys.has(r.outcome.key))));
  console.log('wrote test/unit/metamorphic/known-failures.ts');
}
process.exit(results.some(failed) ? 1 : 0);
