#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (built by `npm ci` or `npm run build`) when it matches src/;
// otherwise the TypeScript sources through tsx, so an edit to src/ never runs stale code.
import { URL, fileURLToPath } from 'node:url';
import { isDistFresh } from './dist-freshness.js';

const root = new URL('../', import.meta.url);
if (isDistFresh(fileURLToPath(new URL('src', root)), fileURLToPath(new URL('dist', root)))) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
