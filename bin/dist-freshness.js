// Whether dist/ (compiled by `npm run build`) still matches src/. Plain JavaScript with no dependency:
// bin/cap4city.js asks it before choosing compiled JavaScript over the sources.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Written last by scripts/build.mjs; its mtime is the moment the build started reading src/. */
export const BUILD_STAMP = '.build-stamp';

/**
 * True when `distDir` holds a finished build and nothing under `srcDir` (file or folder, so deletions and
 * renames count) changed since that build started. Anything doubtful answers false: the sources then run.
 */
export function isDistFresh(srcDir, distDir) {
  let builtAt;
  try {
    builtAt = statSync(path.join(distDir, BUILD_STAMP)).mtimeMs;
  } catch {
    return false;
  }
  try {
    return !changedSince(srcDir, builtAt);
  } catch {
    return false;
  }
}

function changedSince(dir, time) {
  if (statSync(dir).mtimeMs >= time) return true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (changedSince(full, time)) return true;
    } else if (statSync(full).mtimeMs >= time) {
      return true;
    }
  }
  return false;
}
