/**
 * Push against ftp-srv: the first sync, a no-op sync and what it costs on
 * the wire, a small change, verify-remote, a dry run, FTP-Deploy-Action's
 * state file, and compare: checksum on a server without a hash command.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseState, SyncError } from '@ftp-actions/core';
import { startFaultProxy, startFtpSrv, type FaultProxy, type RunningServer } from '@ftp-actions/test-servers';
import { sha256 } from '../../packages/core/test/helpers/sync-trees.js';
import { changes, readTree, remoteTree, runSync, sameTree, scratch, syncOptions, writeTree } from './sync-helpers.js';

let server: RunningServer;
let local: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  server = await startFtpSrv();
});
afterAll(() => server.close());
beforeEach(async () => {
  local = await scratch('sync-push-');
});
afterEach(async () => {
  await local.remove();
  for (const name of await readdir(server.root)) await rm(join(server.root, name), { recursive: true, force: true });
});

const site: Record<string, string> = {
  'index.html': '<!doctype html>',
  'empty.txt': '',
  'css/site.css': 'body{}',
  'ünïcødé ✓/文件.txt': 'unicode',
  'deep/a/b/c.txt': 'deep',
};

describe('sync push', () => {
  it('first push: sends everything, says it had no state file, writes one, and the trees are equal', async () => {
    await writeTree(local.dir, { ...site, '.env': 'SECRET=1', 'node_modules/x.js': 'x' });
    await writeTree(local.dir, { 'empty-dir/.keep-out': 'hidden' });
    const { result, log } = await runSync(server, syncOptions(local.dir));
    expect(result.failure).toBeUndefined();
    expect(result.compare).toBe('size-time');
    expect(log.infos.join('\n')).toContain('No state file at /site/.ftp-actions-state.json yet: compared by size and time this once');
    expect(result.counts).toMatchObject({ uploaded: 5, deleted: 0, failed: 0 });
    const expected = await readTree(local.dir);
    for (const path of ['.env', 'node_modules/x.js', 'empty-dir/.keep-out']) expected.delete(path);
    expect(sameTree(await remoteTree(server.root), expected)).toBe(true);
    const state = parseState(await readFile(join(server.root, 'site/.ftp-actions-state.json'), 'utf8'));
    expect('state' in state && state.state.files.get('css/site.css')?.sha256).toBe(sha256('body{}'));
    expect('state' in state && state.state.complete).toBe(true);
    expect('state' in state && [...state.state.dirs].sort()).toEqual(['css', 'deep', 'deep/a', 'deep/a/b', 'empty-dir', 'ünïcødé ✓']);
  });

  it('a no-op push costs one download of the state file, lock or not, and 1% changed sends one file', async () => {
    const tree: Record<string, string> = {};
    for (let index = 0; index < 100; index += 1) tree[`dir-${index % 5}/file-${index}.txt`] = `content ${index}`;
    await writeTree(local.dir, tree);
    expect((await runSync(server, syncOptions(local.dir))).result.counts.uploaded).toBe(100);

    const proxy: FaultProxy = await startFaultProxy(server);
    try {
      const endpoint = { ...server, host: proxy.host, port: proxy.port };
      const noLock = await runSync(endpoint, syncOptions(local.dir, { lock: false }));
      expect(noLock.result.counts).toMatchObject({ uploaded: 0, skipped: 100, failed: 0 });
      const login = new Set(['USER', 'PASS', 'FEAT', 'TYPE', 'OPTS', 'QUIT']);
      // readRemoteText may ask SIZE before RETR (a missing file then fails cleanly
      // on every server); the SIZEs are counted, then left out of the sequences.
      const work = (from = 0): string[] => proxy.commands.slice(from).filter((command) => !login.has(command.split(' ')[0] ?? ''));
      const withoutSize = (commands: string[]): string[] => commands.filter((command) => !command.startsWith('SIZE '));
      expect(withoutSize(work())).toEqual(['EPSV', 'RETR /site/.ftp-actions-state.json']);
      expect(work().length).toBeLessThanOrEqual(3);
      expect(proxy.connections).toBe(1);
      console.log(`no-op push without lock: ${proxy.commands.length} commands in all, ${work().length} after login: ${work().join(', ')}`);

      // With the lock on, a push the state shows has nothing to do sends the same: it takes no lock. (Its transfer
      // connections log in meanwhile, in case there is work, and quit having sent nothing else.)
      const before = proxy.commands.length;
      const locked = await runSync(endpoint, syncOptions(local.dir));
      expect(locked.result.counts.uploaded).toBe(0);
      expect(locked.log.infos.join('\n')).toContain('the remote directory was not locked');
      const lockCommands = work(before);
      console.log(`no-op push with the lock: ${proxy.commands.length - before} commands in all, ${lockCommands.length} after login`);
      expect(withoutSize(lockCommands)).toEqual(['EPSV', 'RETR /site/.ftp-actions-state.json']);

      // A change takes the lock (its directory is known: the state was read there) and reads the state again for the plan.
      await writeFile(join(local.dir, 'dir-1/file-1.txt'), 'changed content 1');
      const connectionsBefore = proxy.commandsByConnection.length;
      const commandsBefore = proxy.commands.length;
      expect(changes((await runSync(endpoint, syncOptions(local.dir))).result)).toEqual(['dir-1/file-1.txt upload']);
      const verbs = (commands: readonly string[]): string[] =>
        withoutSize(commands.filter((command) => !login.has(command.split(' ')[0] ?? ''))).map((command) => command.split(' ')[0] ?? '');
      // The sync's own connection reads the state; the transfers' connections open at the same time, and log in during the look.
      const connections = proxy.commandsByConnection.slice(connectionsBefore);
      const control = connections.find((commands) => commands.includes('RETR /site/.ftp-actions-state.json')) ?? [];
      const transfers = connections.filter((commands) => commands !== control);
      expect(verbs(control)).toEqual([
        ...['EPSV', 'RETR'], // the state file, without the lock
        ...['EPSV', 'STOR', 'RNFR', 'RNTO'], // claim the lock (its EPSV asked along with the lock's SIZE)
        // While the lock's record settles: the state file again, for the plan, and the checkpoint
        // that forgets dir-1/file-1.txt, stored under its temporary name.
        ...['EPSV', 'RETR', 'EPSV', 'STOR'],
        ...['EPSV', 'RETR'], // the lock read back once it settled (the transfer connections are busy storing data meanwhile)
        ...['RNFR', 'RNTO'], // only once the lock proved ours the checkpoint goes in place
        'DELE', // the release
      ]);
      // On the transfer connections: the file stored, then renamed once the checkpoint is in place; the final state
      // stored ahead under a temporary name and put in place once the file is; the lock read for its release meanwhile.
      const onTransfers = transfers.flat().filter((command) => /^(STOR|RNTO|RETR)/.test(command));
      expect(onTransfers.filter((command) => command.startsWith('STOR')).sort()).toEqual([
        expect.stringMatching(/^STOR \/site\/\.\.ftp-actions-state\.json\.ftp-actions-[0-9a-f]+\.part$/),
        expect.stringMatching(/^STOR \/site\/dir-1\/\.file-1\.txt\.ftp-actions-[0-9a-f]+\.part$/),
      ]);
      expect(onTransfers.filter((command) => command.startsWith('RNTO'))).toEqual([
        'RNTO /site/dir-1/file-1.txt',
        'RNTO /site/.ftp-actions-state.json',
      ]);
      expect(onTransfers.filter((command) => command.startsWith('RETR'))).toEqual(['RETR /site/.ftp-actions-state.json.lock']);
      // Safe order across connections: the file goes live only after the lock was read back and the checkpoint put in place.
      const sequence = proxy.commands.slice(commandsBefore);
      const fileLive = sequence.indexOf('RNTO /site/dir-1/file-1.txt');
      expect(sequence.indexOf('RETR /site/.ftp-actions-state.json.lock')).toBeLessThan(fileLive);
      expect(sequence.indexOf('RNTO /site/.ftp-actions-state.json')).toBeLessThan(fileLive);
      // And the final state only after it.
      expect(sequence.lastIndexOf('RNTO /site/.ftp-actions-state.json')).toBeGreaterThan(fileLive);

      await writeFile(join(local.dir, 'dir-3/file-13.txt'), 'changed content 13');
      const afterChange = proxy.commands.length;
      const small = await runSync(endpoint, syncOptions(local.dir, { lock: false }));
      expect(changes(small.result)).toEqual(['dir-3/file-13.txt upload']);
      expect(small.result.plan.entries.find((entry) => entry.path === 'dir-3/file-13.txt')?.reason).toBe(
        'size changed since the last sync (10 → 18 bytes)',
      );
      expect(proxy.commands.slice(afterChange).filter((command) => command.startsWith('STOR')).length).toBe(3); // state checkpoint, the file, the final state (stored ahead)
      expect(await readFile(join(server.root, 'site/dir-3/file-13.txt'), 'utf8')).toBe('changed content 13');
    } finally {
      await proxy.close();
    }
  });

  it('verify-remote re-sends what was removed or resized on the server by hand (sizes only: a same-size edit stays unseen)', async () => {
    await writeTree(local.dir, site);
    await runSync(server, syncOptions(local.dir));
    await writeFile(join(server.root, 'site/index.html'), 'defaced by hand'); // 15 bytes, like the original
    await writeFile(join(server.root, 'site/css/site.css'), '');
    await rm(join(server.root, 'site/deep/a/b/c.txt'));
    expect(changes((await runSync(server, syncOptions(local.dir))).result)).toEqual([]);
    const verified = await runSync(server, syncOptions(local.dir, { verifyRemote: true }));
    expect(
      verified.result.plan.entries.filter((entry) => entry.unchanged !== true).map((entry) => `${entry.path}: ${entry.reason}`),
    ).toEqual(['css/site.css: changed on the server (0 bytes there, 6 in the state file)', 'deep/a/b/c.txt: new']);
    const remote = await remoteTree(server.root);
    expect(remote.get('css/site.css')?.toString()).toBe('body{}');
    expect(remote.get('deep/a/b/c.txt')?.toString()).toBe('deep');
    expect(remote.get('index.html')?.toString()).toBe('defaced by hand');
  });

  it('dry run computes the whole plan and changes nothing on the server, not even the state file or the lock', async () => {
    await writeTree(local.dir, site);
    await writeTree(join(server.root, 'site'), { 'old.txt': 'old', 'index.html': 'other' });
    const before = await remoteTree(server.root, 'site', true);
    const { result, log } = await runSync(
      server,
      syncOptions(local.dir, { dryRun: true, delete: true, maxDelete: { kind: 'percent', value: 100 } }),
    );
    expect(result.dryRun).toBe(true);
    expect(changes(result)).toEqual([
      'css mkdir',
      'css/site.css upload',
      'deep mkdir',
      'deep/a mkdir',
      'deep/a/b mkdir',
      'deep/a/b/c.txt upload',
      'empty.txt upload',
      'index.html upload',
      'old.txt delete',
      'ünïcødé ✓ mkdir',
      'ünïcødé ✓/文件.txt upload',
    ]);
    expect(result.counts).toMatchObject({ uploaded: 5, deleted: 1, created: 5 });
    expect(log.infos.join('\n')).toContain('Dry run: the remote directory is not locked');
    expect(await remoteTree(server.root, 'site', true)).toEqual(before);
  });

  it("keeps incremental deploys from FTP-Deploy-Action's state file", async () => {
    await writeTree(local.dir, site);
    await writeTree(join(server.root, 'site'), site);
    const theirs = {
      description: 'DO NOT DELETE THIS FILE.',
      version: '1.0.0',
      generatedTime: Date.now(),
      data: Object.entries(site).map(([name, content]) => ({
        type: 'file',
        name,
        size: Buffer.byteLength(content),
        hash: sha256(content),
      })),
    };
    await writeFile(join(server.root, 'site/.ftp-deploy-sync-state.json'), JSON.stringify(theirs));
    await writeFile(join(local.dir, 'index.html'), '<!doctype html><title>new</title>');
    const { result, log } = await runSync(server, syncOptions(local.dir, { delete: true, includeHidden: true }));
    expect(log.infos.join('\n')).toContain("Read FTP-Deploy-Action's state file /site/.ftp-deploy-sync-state.json: 5 files");
    expect(changes(result)).toEqual(['index.html upload']);
    // Theirs is never touched, even with delete and hidden files on; ours is written beside it.
    expect(await readFile(join(server.root, 'site/.ftp-deploy-sync-state.json'), 'utf8')).toBe(JSON.stringify(theirs));
    expect((await remoteTree(server.root, 'site', true)).has('.ftp-actions-state.json')).toBe(true);
  });

  it('refuses compare: checksum on a server without a hash command, before changing anything', async () => {
    await writeTree(local.dir, site);
    const attempt = runSync(server, syncOptions(local.dir, { compare: 'checksum' }));
    await expect(attempt).rejects.toThrow(SyncError);
    await expect(attempt).rejects.toThrow(
      /compare is checksum, but the server offers no hash command \(FEAT lists .*UTF8.*; none of HASH, XSHA256, XSHA1, XMD5, XCRC\)/,
    );
    expect(await readdir(server.root)).toEqual([]);
  });

  it('keeps the state file outside the web root when asked', async () => {
    await writeTree(local.dir, site);
    await runSync(server, syncOptions(local.dir, { stateFile: '/private/deploy-state.json' }));
    expect((await readTree(join(server.root, 'private'))).has('deploy-state.json')).toBe(true);
    expect((await remoteTree(server.root, 'site', true)).has('.ftp-actions-state.json')).toBe(false);
    expect(changes((await runSync(server, syncOptions(local.dir, { stateFile: '/private/deploy-state.json' }))).result)).toEqual([]);
  });
});
