import { readFile, readdir } from 'node:fs/promises';
import { hasErrorCode } from './errors.js';

/**
 * Sends `signal` to the process group led by `pid`. The servers are
 * spawned as group leaders (detached), so this reaches the listening
 * process and every session process it forked. Returns false when no
 * process of the group is left.
 */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error: unknown) {
    if (hasErrorCode(error, 'ESRCH')) return false;
    throw error;
  }
}

/** Sends `signal` to one process; returns false when it is already gone. */
export function signalProcess(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error: unknown) {
    if (hasErrorCode(error, 'ESRCH')) return false;
    throw error;
  }
}

/** Whether a process with this pid exists (EPERM: it exists but is not ours). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    if (hasErrorCode(error, 'ESRCH')) return false;
    if (hasErrorCode(error, 'EPERM')) return true;
    throw error;
  }
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  /** One letter: R running, S sleeping, Z zombie… */
  state: string;
}

/**
 * Every process on the machine, from /proc/<pid>/stat, whose fields after
 * the ")" closing the command name are state, ppid, pgrp, …
 */
export async function processTable(): Promise<ProcessInfo[]> {
  const table: ProcessInfo[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch (error: unknown) {
      // Exited between readdir and readFile: not running.
      if (hasErrorCode(error, 'ENOENT') || hasErrorCode(error, 'ESRCH')) continue;
      throw error;
    }
    const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === undefined) continue;
    table.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), state });
  }
  return table;
}

/** Dead processes waiting for their parent (or init) to reap them: nothing left to stop. */
export function isRunning(info: ProcessInfo): boolean {
  return info.state !== 'Z' && info.state !== 'X';
}

/** Children, grandchildren… of `pid`, found through their parent pids. */
export function descendantsOf(pid: number, table: readonly ProcessInfo[]): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  let parents = new Set([pid]);
  while (parents.size > 0) {
    const children = table.filter((info) => parents.has(info.ppid));
    found.push(...children);
    parents = new Set(children.map((info) => info.pid));
  }
  return found;
}
