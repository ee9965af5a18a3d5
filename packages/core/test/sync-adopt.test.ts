/**
 * A first push to a server deployed by other means, on a server with a hash
 * command (which ftp-srv lacks): files whose checksum matches are adopted
 * into the state file instead of being sent again. Runs the whole
 * `syncTrees` over the in-memory fake server, taught to answer HASH.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashBytes, parseState, syncTrees, type ClientPool, type FtpClient, type SyncOptions } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { localFile, scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

/** A client of the fake server that also answers HASH (SHA-256), like ProFTPD with mod_digest. */
function hashing(client: FtpClient, server: FakeServer): FtpClient {
  return {
    get closed() {
      return client.closed;
    },
    availableListCommands: client.availableListCommands,
    send: async (command) => {
      if (!command.startsWith('HASH ')) return client.send(command);
      server.commands.push(command);
      const path = command.slice(5);
      const file = server.files.get(path);
      if (file === undefined) return client.send(command);
      return { code: 213, message: `213 SHA-256 0-${file.data.length} ${hashBytes(file.data, 'sha256')} ${path}` };
    },
    list: client.list.bind(client),
    features: client.features.bind(client),
    uploadFrom: client.uploadFrom.bind(client),
    appendFrom: client.appendFrom.bind(client),
    downloadTo: client.downloadTo.bind(client),
    lastMod: client.lastMod.bind(client),
    trackProgress: client.trackProgress.bind(client),
    close: client.close.bind(client),
  };
}

function hashingPool(server: FakeServer): ClientPool {
  const inner = new FakePool(server);
  return {
    use: (task) => inner.use((client) => task(hashing(client, server))),
    run: (description, task) => inner.run(description, (client) => task(hashing(client, server))),
  };
}

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await scratchDir());
});
afterEach(() => remove());

it('adopts files whose checksum matches on a first push, sends the others, and records them all', async () => {
  const server = new FakeServer();
  server.features.set('HASH', 'SHA-256*');
  server.addFile('/site/same.txt', 'same content');
  server.addFile('/site/changed.txt', 'old!');
  await localFile(dir, 'same.txt', 'same content', '');
  await localFile(dir, 'changed.txt', 'new!', '');
  await localFile(dir, 'new.txt', 'brand new', '');
  const options: SyncOptions = {
    direction: 'push',
    localDir: dir,
    remoteDir: '/site',
    compare: 'manifest',
    verifyRemote: false,
    stateFile: '.ftp-actions-state.json',
    exclude: [],
    excludeDefaults: true,
    includeHidden: false,
    delete: false,
    maxDelete: { kind: 'percent', value: 50 },
    protect: [],
    lock: false,
    lockTimeoutMs: 0,
    dryRun: false,
    atomic: true,
    order: 'assets-first',
    preserveMtime: false,
    retries: 0,
  };
  const log = recordingLogger();
  const pool = hashingPool(server);
  const result = await syncTrees(options, {
    pool,
    controlPool: pool,
    log,
    now: () => performance.now(),
    owner: { runId: '1', host: 'h', description: 'test' },
  });

  expect(result.compare).toBe('checksum');
  expect(result.notes).toEqual([
    'No state file at /site/.ftp-actions-state.json yet: files whose HASH (SHA-256) matches on the server are adopted, the others sent.',
  ]);
  expect(result.plan.entries.map((entry) => `${entry.path} ${entry.action}: ${entry.reason}`)).toEqual([
    'changed.txt upload: SHA-256 differs',
    'new.txt upload: new',
    'same.txt skip: same SHA-256 on the server (adopted)',
  ]);
  // Only files of equal size are worth a checksum.
  expect(server.sent('HASH').sort()).toEqual(['HASH /site/changed.txt', 'HASH /site/same.txt']);
  expect(server.text('/site/changed.txt')).toBe('new!');
  const state = parseState(server.text('/site/.ftp-actions-state.json') ?? '');
  expect('state' in state && [...state.state.files.keys()].sort()).toEqual(['changed.txt', 'new.txt', 'same.txt']);
  expect('state' in state && state.state.files.get('same.txt')?.sha256).toBe(hashBytes(Buffer.from('same content'), 'sha256'));
});
