/**
 * Shared by the transfer integration tests: a real pool of basic-ftp
 * connections to an in-process ftp-srv, the FTP commands it sent (read from
 * the protocol trace connect.ts writes at debug level), a small tree of
 * awkward files, and byte-for-byte tree comparison.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  ConnectionPool,
  openConnection,
  silentLogger,
  type ConnectionSettings,
  type Logger,
  type TransferDeps,
  type UploadFileItem,
} from '@ftp-actions/core';
import type { RunningServer } from '@ftp-actions/test-servers';

export function settingsFor(server: RunningServer, overrides: Partial<ConnectionSettings> = {}): ConnectionSettings {
  return {
    host: server.host,
    port: server.port,
    username: server.user,
    password: server.password,
    protocol: 'ftp',
    tls: { verify: true, ca: undefined, fingerprint: undefined },
    timeoutMs: 10_000,
    concurrency: 4,
    retries: 2,
    encoding: 'utf8',
    logLevel: 'info',
    dataMode: 'passive',
    activeAddress: undefined,
    ...overrides,
  };
}

/** Commands every session sends once at login; not part of any file's cost. */
const sessionCommands = new Set(['USER', 'PASS', 'FEAT', 'TYPE', 'OPTS', 'PBSZ', 'PROT', 'AUTH', 'QUIT']);

export interface TracedPool {
  readonly pool: ConnectionPool;
  /** Every command sent after login on any connection of the pool, in order. */
  readonly commands: string[];
  /** `commands` counted by verb (`LIST -a` counts as `LIST`). */
  verbs(): Record<string, number>;
}

/** A real pool of `size` connections to `server`, recording the commands sent. */
export function tracedPool(server: RunningServer, size = 4, overrides: Partial<ConnectionSettings> = {}): TracedPool {
  const commands: string[] = [];
  const trace: Logger = {
    ...silentLogger,
    level: 'debug',
    debug: (line) => {
      const match = /^> (.*)$/.exec(line);
      if (match?.[1] !== undefined && !sessionCommands.has(match[1].split(' ')[0] ?? '')) commands.push(match[1]);
    },
  };
  const settings = settingsFor(server, { concurrency: size, ...overrides });
  const pool = new ConnectionPool({
    size,
    log: silentLogger,
    retries: 2,
    retryDelayMs: 5,
    open: async () => (await openConnection(settings, { log: trace })).client,
  });
  const verbs = (): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const command of commands) {
      const verb = command.split(' ')[0] ?? '';
      counts[verb] = (counts[verb] ?? 0) + 1;
    }
    return counts;
  };
  return { pool, commands, verbs };
}

export function quietDeps(log: Logger = silentLogger): TransferDeps {
  return { log, now: () => performance.now() };
}

/** Awkward names on purpose: nesting, an empty file, unicode, spaces, a leading dot. */
export const sampleTree: Readonly<Record<string, string | Buffer>> = {
  'index.html': '<!doctype html><title>site</title>\n',
  'empty.txt': '',
  'with space.txt': 'a name with spaces\n',
  'ünïcødé ✓ 文件.txt': 'unicode name\n',
  '.htaccess': 'Options -Indexes\n',
  'css/site.css': 'body { margin: 0 }\n',
  'css/fonts/deep/font.bin': Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256)),
  'js/app.js': 'console.log("hi");\n',
  'docs/a b/c d.md': '# nested with spaces\n',
};

/** Writes `tree` under `dir`. */
export async function writeTree(dir: string, tree: Readonly<Record<string, string | Buffer>>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** Every file under `dir` with its bytes, keyed by '/'-separated relative path. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
    }
  };
  await walk(dir);
  return files;
}

/** Upload items for every file under `dir`, to `remoteDir`. */
export async function uploadItems(dir: string, remoteDir: string): Promise<UploadFileItem[]> {
  const items: UploadFileItem[] = [];
  for (const path of (await readTree(dir)).keys()) {
    const localPath = join(dir, path);
    const facts = await stat(localPath);
    items.push({ localPath, remotePath: `${remoteDir}/${path}`, size: facts.size, mtime: facts.mtime });
  }
  return items;
}

/** Expects two trees to hold the same files with the same bytes. */
export function sameTree(actual: Map<string, Buffer>, expected: Map<string, Buffer>): boolean {
  if (actual.size !== expected.size) return false;
  for (const [path, bytes] of expected) {
    if (!actual.get(path)?.equals(bytes)) return false;
  }
  return true;
}
