import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readProcCpuSeconds, readProcMemory, type ProcMemory } from './proc-memory.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export type ServiceRole = 'start' | 'watch' | 'work';

export interface ServiceProcess {
  readonly role: ServiceRole;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Log lines the process wrote (at LOG_LEVEL), the first 50,000. */
  readonly logLines: string[];
  memory(): ProcMemory | null;
  cpuSeconds(): number | null;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Runs `node bin/cap4city.js <role>` as a real service process with the given environment. */
export function spawnService(role: ServiceRole, env: Record<string, string>): ServiceProcess {
  // BENCH_CPU_PROF=<dir>: each service process writes a V8 CPU profile there on exit
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(REPO_ROOT, 'bin/cap4city.js'), role], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() && logLines.length < 50_000) logLines.push(line);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid!;
  return {
    role,
    pid,
    child,
    logLines,
    memory: () => readProcMemory(pid),
    cpuSeconds: () => readProcCpuSeconds(pid),
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
