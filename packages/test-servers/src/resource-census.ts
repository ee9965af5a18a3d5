/**
 * Counts what a client can leak on a server, from the server's side:
 * established TCP connections on its control port (/proc/net/tcp and
 * tcp6), and the session processes a forking server (pure-ftpd, ProFTPD,
 * vsftpd) keeps for each of them. Plus this process's own open file
 * descriptors. Linux only, as the real servers are.
 */
import { readdir, readFile } from 'node:fs/promises';
import { descendantsOf, isRunning, processTable } from './real/process-group.js';

const ESTABLISHED = '01';

/** An IPv4 address as /proc/net/tcp writes it (HEXIP, bytes reversed), or as tcp6 writes an IPv4-mapped one. */
function procAddress(hex: string): string | undefined {
  const v4 = hex.length === 8 ? hex : /^0{16}FFFF0000([0-9A-F]{8})$/i.exec(hex)?.[1];
  if (v4 === undefined) return undefined;
  return [3, 2, 1, 0].map((byte) => Number.parseInt(v4.slice(byte * 2, byte * 2 + 2), 16)).join('.');
}

/**
 * Established TCP connections to `server` (an IPv4 address and port) on
 * this machine, counted at the server's end (local address is `server`) or
 * at the clients' end (remote address is `server`). A client's end leaves
 * ESTABLISHED the moment it closes; the server's end only once the server
 * has read the close, so counting the clients' ends measures how many
 * connections a client holds at once.
 *
 * The address counts, not only the port: tests running alongside hold
 * connections to the same port number on other addresses (a latency proxy
 * on 127.0.0.2 listens on its server's passive port numbers). Counted by
 * port alone, a soak run in CI saw 297 connections from a pool of 8.
 */
export async function establishedConnections(
  server: { readonly host: string; readonly port: number },
  end: 'server' | 'client' = 'server',
): Promise<number> {
  let count = 0;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(file, 'utf8');
    for (const line of text.split('\n').slice(1)) {
      // "sl local_address rem_address st …", addresses as HEXIP:HEXPORT.
      const [, local, remote, state] = line.trim().split(/\s+/);
      if (local === undefined || remote === undefined || state !== ESTABLISHED) continue;
      const [host = '', port = ''] = (end === 'server' ? local : remote).split(':');
      if (Number.parseInt(port, 16) === server.port && procAddress(host) === server.host) count += 1;
    }
  }
  return count;
}

/** Running processes below `pid` (a forking server's sessions). */
export async function sessionProcesses(pid: number): Promise<number> {
  return descendantsOf(pid, await processTable()).filter(isRunning).length;
}

/** File descriptors this process has open. */
export async function openFileDescriptors(): Promise<number> {
  return (await readdir('/proc/self/fd')).length;
}

/** Samples `measure` every `intervalMs` until stopped; returns the largest value seen. */
export function sampleMaximum(measure: () => Promise<number>, intervalMs = 50): { stop(): Promise<number> } {
  let maximum = 0;
  let running = true;
  const loop = (async (): Promise<void> => {
    while (running) {
      maximum = Math.max(maximum, await measure());
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return maximum;
    },
  };
}

/** Polls `measure` until it returns `target` or `timeoutMs` passes; returns the last value. */
export async function settlesTo(measure: () => Promise<number>, target: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let value = await measure();
  while (value !== target && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await measure();
  }
  return value;
}
