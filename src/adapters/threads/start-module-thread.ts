import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface ModuleThreadOptions {
  /** Given to the thread as `workerData`. */
  workerData?: Record<string, unknown>;
  resourceLimits?: ResourceLimits;
  name?: string;
}

// Under tsx (bin/cap4city.js without a build, vitest) a thread does not inherit the loader: it registers tsx itself.
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.__thread.tsxApi).then((tsx) => { tsx.register(); return import(workerData.__thread.entry); });
`;

/**
 * Starts a worker thread running the module at `moduleUrl`, given as the `.ts` source next to the caller
 * (`new URL('./x-thread.ts', import.meta.url)`). From compiled JavaScript the `.js` sibling runs directly;
 * from sources the thread loads the module through tsx. The thread sees the same `workerData` either way.
 */
export function startModuleThread(moduleUrl: URL, options: ModuleThreadOptions = {}): Worker {
  const common = { resourceLimits: options.resourceLimits, name: options.name };
  const compiled = new URL(moduleUrl.href.replace(/\.ts$/, '.js'));
  if (moduleUrl.href.endsWith('.ts') && !existsSync(fileURLToPath(moduleUrl)) && existsSync(fileURLToPath(compiled))) {
    return new Worker(compiled, { ...common, workerData: options.workerData ?? {} });
  }
  return new Worker(TSX_BOOTSTRAP, {
    ...common,
    eval: true,
    workerData: { ...options.workerData, __thread: { tsxApi: import.meta.resolve('tsx/esm/api'), entry: moduleUrl.href } },
  });
}
