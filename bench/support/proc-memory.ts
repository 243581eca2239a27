import { readFileSync } from 'node:fs';

export interface ProcMemory {
  rssMb: number;
  /** peak RSS of the process so far */
  hwmMb: number;
}

/** VmRSS and VmHWM of a live process from /proc; null once it has gone. */
export function readProcMemory(pid: number): ProcMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, hwmMb: Math.round(kb('VmHWM') / 102.4) / 10 };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat; null once it has gone. */
export function readProcCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12]: utime, stime in clock ticks (fields counted from the state field)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
