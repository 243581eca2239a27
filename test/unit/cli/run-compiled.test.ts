import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, isDistFresh } from '../../../bin/dist-freshness.js';
import { REPO_ROOT } from '../../helpers/service.ts';

// the build an hour ago; files written by the test itself (now) are newer than it
const HOUR = 3_600_000;
const BUILT_AT = new Date(Date.now() - HOUR);
const BEFORE = new Date(Date.now() - 2 * HOUR);
const AFTER = new Date(Date.now() - HOUR / 2);

/** A checkout in miniature: src/ with one nested file, dist/ built from it at BUILT_AT. */
function makeCheckout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cap4city-dist-'));
  mkdirSync(path.join(root, 'src/adapters/db/migrations'), { recursive: true });
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'src/cli.ts'), "console.log('from sources');\n");
  writeFileSync(path.join(root, 'src/adapters/db/migrations/0001.sql'), 'select 1;\n');
  writeFileSync(path.join(root, 'dist/cli.js'), "console.log('from dist');\n");
  for (const entry of ['src/adapters/db/migrations/0001.sql', 'src/adapters/db/migrations', 'src/adapters/db', 'src/adapters', 'src/cli.ts', 'src']) {
    utimesSync(path.join(root, entry), BEFORE, BEFORE);
  }
  writeFileSync(path.join(root, 'dist', BUILD_STAMP), '');
  utimesSync(path.join(root, 'dist', BUILD_STAMP), BUILT_AT, BUILT_AT);
  return root;
}

describe('bin/cap4city.js runs dist/ only while it matches src/', () => {
  let root: string;
  const fresh = () => isDistFresh(path.join(root, 'src'), path.join(root, 'dist'));
  beforeEach(() => {
    root = makeCheckout();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('uses a finished build when nothing in src/ changed since it started', () => {
    expect(fresh()).toBe(true);
  });

  it('does not use a build that never finished (no stamp) or is missing', () => {
    unlinkSync(path.join(root, 'dist', BUILD_STAMP));
    expect(fresh()).toBe(false);
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(fresh()).toBe(false);
  });

  it('does not use a build once a source file deep in src/ is edited, even a non-TypeScript one', () => {
    utimesSync(path.join(root, 'src/adapters/db/migrations/0001.sql'), AFTER, AFTER);
    expect(fresh()).toBe(false);
  });

  it('does not use a build once a source file is added or deleted', () => {
    unlinkSync(path.join(root, 'src/adapters/db/migrations/0001.sql'));
    expect(fresh()).toBe(false);
    rmSync(root, { recursive: true, force: true });
    root = makeCheckout();
    writeFileSync(path.join(root, 'src/adapters/db/new-module.ts'), '');
    utimesSync(path.join(root, 'src/adapters/db/new-module.ts'), BEFORE, BEFORE);
    expect(fresh()).toBe(false);
  });

  it('the real launcher prints from dist when fresh and from the sources (through tsx) when stale', () => {
    mkdirSync(path.join(root, 'bin'));
    for (const file of ['cap4city.js', 'dist-freshness.js']) copyFileSync(path.join(REPO_ROOT, 'bin', file), path.join(root, 'bin', file));
    writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'));
    const run = () => spawnSync(process.execPath, [path.join(root, 'bin/cap4city.js')], { encoding: 'utf8', timeout: 30_000 }).stdout.trim();
    expect(run()).toBe('from dist');
    utimesSync(path.join(root, 'src/cli.ts'), AFTER, AFTER);
    expect(run()).toBe('from sources');
  });
});
