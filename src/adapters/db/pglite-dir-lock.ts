import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { IntakeError } from '../../core/errors.ts';

export interface DirLock {
  release(): void;
}

/** Lock files held by this process, so that a PID reused after a crash is not mistaken for a live owner. */
const heldByThisProcess = new Set<string>();

/**
 * PGlite does not lock its data directory: two processes opening it would corrupt it silently.
 * This lock file (created atomically with O_EXCL, holding pid and host) refuses a second opener
 * while the first is alive and takes over the lock of a process that died.
 * Limits: a lock owned by another host (shared network disk) is never taken over automatically.
 */
export function acquireDirLock(lockPath: string): DirLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(lockPath)) {
      heldByThisProcess.add(lockPath);
      return {
        release() {
          if (!heldByThisProcess.delete(lockPath)) return;
          try {
            unlinkSync(lockPath);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    }
    const owner = readOwner(lockPath);
    if (owner && isAlive(lockPath, owner)) {
      throw new IntakeError(
        'db-locked',
        `Il database locale ${lockPath} è già in uso (processo ${owner.pid} su ${owner.host}). ` +
          'Un solo processo alla volta può aprire PGlite: usare PostgreSQL (DATABASE_URL) per più processi.',
      );
    }
    try {
      unlinkSync(lockPath);
    } catch {
      // another process removed the stale lock first; the next tryCreate decides
    }
  }
  throw new IntakeError('db-locked', `Impossibile acquisire il lock ${lockPath}.`, { retryable: true });
}

interface LockOwner {
  pid: number;
  host: string;
}

function tryCreate(lockPath: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host };
  } catch {
    // unreadable or half-written: treat as stale
    return null;
  }
}

function isAlive(lockPath: string, owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return heldByThisProcess.has(lockPath);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
