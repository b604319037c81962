/**
 * Small process helpers for the local server: the pid file, "is that pid really our Java launcher",
 * "does anything answer on this port", and the tail of a log file for error messages.
 */
import fs from 'node:fs';
import net from 'node:net';

/** The launcher's main class: what we look for in /proc/<pid>/cmdline to trust a pid file. */
export const MAIN_CLASS = 'kg.neo4j.LocalNeo4j';

export function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True when `pid` is alive and (where /proc exists) is our launcher, not a recycled pid. */
export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(MAIN_CLASS);
  } catch {
    return !fs.existsSync('/proc/self');
  }
}

/** True when something accepts TCP connections on host:port. */
export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Last `lines` lines of a text file ('' when it does not exist). */
export function logTail(file: string, lines = 20): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').filter(Boolean).slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
