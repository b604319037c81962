/**
 * CPU time of the calling thread (Linux: /proc/thread-self/stat), so benchmark figures per worker do not
 * depend on what else the machine runs. Node 20 has no per-thread CPU clock (`process.cpuUsage` is per
 * process). Returns undefined elsewhere. V8's helper threads (concurrent GC) are not included.
 */
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: clock ticks per second in /proc stat files (100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/** @example const before = threadCpuMs(); work(); const spent = (threadCpuMs() ?? 0) - (before ?? 0); */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start with field 3; utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
