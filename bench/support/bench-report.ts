import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './service-process.ts';

/** Load averages now (1, 5, 15 min): the machine is shared, so every figure carries them. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return os.loadavg().map((l) => l.toFixed(2)).join(' ');
  }
}

export function machine(): { cpu: string; cores: number; memoryGb: number; node: string } {
  return { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}

/** Writes bench/results/<name>.json with the date, machine and load. */
export function writeResult(name: string, figures: Record<string, unknown>): string {
  const dir = path.join(REPO_ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), loadAtEnd: loadAverage(), ...figures }, null, 2)}\n`);
  return file;
}

/** Value of `--name value` on the command line, else the fallback. */
export function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

export function argFlag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
