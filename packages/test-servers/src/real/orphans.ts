import { mkdir, readFile, readdir, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasErrorCode } from './errors.js';
import { processExists, signalGroup } from './process-group.js';

/**
 * A record per running server, so that servers left behind by a test
 * process that died without running its exit hook (SIGKILL, a crashed
 * worker) are found and stopped by the next test run, instead of holding
 * ports and temp dirs until reboot.
 */
const REGISTRY_DIR = join(tmpdir(), 'ftp-actions-real-servers');
export const CONFIG_DIR_PREFIX = join(tmpdir(), 'ftp-actions-real-');

interface Entry {
  pid: number;
  ownerPid: number;
  /** Resolved path of the server binary, to tell our server from a process that reused its pid. */
  executable: string;
  configDir: string;
}

function entryFile(pid: number): string {
  return join(REGISTRY_DIR, `${pid}.json`);
}

function parseEntry(text: string): Entry | undefined {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return undefined;
  const pid: unknown = Reflect.get(value, 'pid');
  const ownerPid: unknown = Reflect.get(value, 'ownerPid');
  const executable: unknown = Reflect.get(value, 'executable');
  const configDir: unknown = Reflect.get(value, 'configDir');
  if (typeof pid !== 'number' || typeof ownerPid !== 'number' || typeof executable !== 'string' || typeof configDir !== 'string') {
    return undefined;
  }
  return { pid, ownerPid, executable, configDir };
}

async function executableOf(pid: number): Promise<string | undefined> {
  try {
    return await readlink(`/proc/${pid}/exe`);
  } catch (error: unknown) {
    // Gone, or a zombie (no exe link): either way not a server to stop.
    if (hasErrorCode(error, 'ENOENT') || hasErrorCode(error, 'ESRCH')) return undefined;
    throw error;
  }
}

export async function registerServer(pid: number, executable: string, configDir: string): Promise<void> {
  await mkdir(REGISTRY_DIR, { recursive: true, mode: 0o700 });
  const entry: Entry = { pid, ownerPid: process.pid, executable, configDir };
  // Written aside and renamed, so a reaper never reads half a record.
  const temporary = `${entryFile(pid)}.tmp`;
  await writeFile(temporary, JSON.stringify(entry), { mode: 0o600 });
  await rename(temporary, entryFile(pid));
}

export async function unregisterServer(pid: number): Promise<void> {
  await rm(entryFile(pid), { force: true });
}

/** Stops servers whose owning test process is gone and removes their temp dirs. */
export async function reapOrphanedServers(): Promise<void> {
  let names: string[];
  try {
    names = await readdir(REGISTRY_DIR);
  } catch (error: unknown) {
    if (hasErrorCode(error, 'ENOENT')) return;
    throw error;
  }
  for (const name of names.filter((file) => file.endsWith('.json'))) {
    const file = join(REGISTRY_DIR, name);
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      // Another test process reaped it first.
      if (hasErrorCode(error, 'ENOENT')) return undefined;
      throw error;
    });
    if (text === undefined) continue;
    const entry = parseEntry(text);
    if (entry === undefined || processExists(entry.ownerPid)) continue;
    if ((await executableOf(entry.pid)) === entry.executable) signalGroup(entry.pid, 'SIGKILL');
    // Only ever delete what this module created.
    if (entry.configDir.startsWith(CONFIG_DIR_PREFIX)) await rm(entry.configDir, { recursive: true, force: true });
    await rm(file, { force: true });
  }
}
