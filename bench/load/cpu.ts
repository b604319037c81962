/**
 * CPU time of the two sides of a load, so the benchmark can say where the time goes even on a busy machine
 * (wall-clock rates are noisy when other work shares the 2 cores; CPU per relationship is not): this Node
 * process through `process.cpuUsage`, and the Neo4j server through `/proc/<pid>/stat` when its pid is known
 * (Linux only; the local server's pid file, or `--server-pid`).
 */
import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux kg runs on). */
const TICKS_PER_SECOND = 100;

export interface CpuSample {
  clientUs: number;
  serverUs: number | null;
}

function serverCpuUs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at index 2 (state); utime/stime are 14/15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return null; // not Linux, or not our machine's process: the figure is left out
  }
}

export function cpuSample(serverPid: number | null): CpuSample {
  const { user, system } = process.cpuUsage();
  return { clientUs: user + system, serverUs: serverCpuUs(serverPid) };
}

/** CPU µs spent by each side between two samples, per `items`. */
export function cpuPer(before: CpuSample, after: CpuSample, items: number): CpuSample {
  return {
    clientUs: (after.clientUs - before.clientUs) / items,
    serverUs:
      before.serverUs === null || after.serverUs === null ? null : (after.serverUs - before.serverUs) / items,
  };
}
