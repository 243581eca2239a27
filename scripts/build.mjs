// `npm run build`: compiles src/ to dist/ with tsc, copies the other files src/ reads at run time
// (SQL migrations, the stylesheet) and writes the stamp bin/cap4city.js checks before using dist/.
// `--if-possible` (npm's prepare, run by `npm ci`) never fails the install: without TypeScript
// (`npm ci --omit=dev`), without src/ or on a compile error it says why and the CLI keeps running the sources.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { BUILD_STAMP } from '../bin/dist-freshness.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const lenient = process.argv.includes('--if-possible');

function giveUp(reason) {
  process.stderr.write(`build: ${reason}${lenient ? '; the CLI will run the TypeScript sources' : ''}\n`);
  process.exit(lenient ? 0 : 1);
}

if (!existsSync(src)) giveUp('no src/ to compile');
let tsc;
try {
  tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  giveUp('TypeScript is not installed (a devDependency)');
}

// anything changed in src/ from here on is newer than the stamp, so the sources would run
const startedAt = new Date();
rmSync(dist, { recursive: true, force: true });
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) giveUp(`tsc failed (exit ${compiled.status ?? compiled.signal})`);

for (const file of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!file.isFile() || file.name.endsWith('.ts')) continue;
  const from = path.join(file.parentPath ?? file.path, file.name); // parentPath from Node 20.12
  cpSync(from, path.join(dist, path.relative(src, from)));
}

const stamp = path.join(dist, BUILD_STAMP);
closeSync(openSync(stamp, 'w'));
utimesSync(stamp, startedAt, startedAt);
