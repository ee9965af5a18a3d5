import { FileInfo, FileType } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { listRemoteTree, RemotePathError, silentLogger } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';

const options = { recursive: true, log: silentLogger };

function entry(name: string, type = FileType.File): FileInfo {
  const info = new FileInfo(name);
  info.type = type;
  info.size = 1;
  return info;
}

function tree(): FakeServer {
  const server = new FakeServer();
  server.addFile('/site/index.html', '<h1>');
  server.addFile('/site/css/a.css', 'a{}');
  server.addFile('/site/css/deep/b.css', 'b{}');
  server.addFile('/site/js/c.js', 'c()');
  server.addFile('/site/with space ✓.txt', '');
  server.dirs.add('/site/empty');
  return server;
}

describe('listRemoteTree', () => {
  it('lists a tree with relative, /-separated paths, sizes and types', async () => {
    const server = tree();
    const entries = await listRemoteTree(new FakePool(server), '/site', options);
    expect(entries.map(({ path, size, type }) => ({ path, size, type }))).toEqual([
      { path: 'css', size: 0, type: 'directory' },
      { path: 'css/a.css', size: 3, type: 'file' },
      { path: 'css/deep', size: 0, type: 'directory' },
      { path: 'css/deep/b.css', size: 3, type: 'file' },
      { path: 'empty', size: 0, type: 'directory' },
      { path: 'index.html', size: 4, type: 'file' },
      { path: 'js', size: 0, type: 'directory' },
      { path: 'js/c.js', size: 3, type: 'file' },
      { path: 'with space ✓.txt', size: 0, type: 'file' },
    ]);
    // Every listing names its directory absolutely: no CWD anywhere.
    expect(server.sent('CWD')).toEqual([]);
    const listed = server.sent('LIST').map((command) => command.replace(/^LIST (-a )?/, ''));
    expect(listed.sort()).toEqual(['/site', '/site/css', '/site/css/deep', '/site/empty', '/site/js']);
  });

  it('lists directories of one level in parallel across the pool', async () => {
    const server = new FakeServer();
    for (let index = 0; index < 6; index += 1) server.addFile(`/d/sub${index}/f`, 'x');
    const pool = new FakePool(server);
    await listRemoteTree(pool, '/d', options);
    expect(pool.maxActive).toBeGreaterThan(1);
  });

  it('stays at the top when not recursive', async () => {
    const entries = await listRemoteTree(new FakePool(tree()), '/site', { ...options, recursive: false });
    expect(entries.map((item) => item.path)).toEqual(['css', 'empty', 'index.html', 'js', 'with space ✓.txt']);
  });

  it('keeps MLSD modification times', async () => {
    const server = tree();
    server.mlsd = true;
    const entries = await listRemoteTree(new FakePool(server), '/site', options);
    expect(entries.find((item) => item.path === 'index.html')?.modifiedAt).toEqual(new Date('2024-01-02T03:04:05Z'));
  });

  it('fails with RemotePathError for a directory that does not exist (refused listing)', async () => {
    await expect(listRemoteTree(new FakePool(tree()), '/nope', options)).rejects.toThrow(RemotePathError);
    await expect(listRemoteTree(new FakePool(tree()), '/nope', options)).rejects.toThrow('"/nope" does not exist');
  });

  it('fails for a missing directory that the server lists as empty, checked through the parent', async () => {
    const server = tree();
    server.emptyListingForMissing = true;
    await expect(listRemoteTree(new FakePool(server), '/site/nope', options)).rejects.toThrow('"/site/nope" does not exist');
    // An empty directory that does exist is just empty.
    await expect(listRemoteTree(new FakePool(server), '/site/empty', options)).resolves.toEqual([]);
  });

  it('checks a missing directory with MLST where the server offers it', async () => {
    const server = tree();
    server.mlsd = true;
    server.emptyListingForMissing = true;
    await expect(listRemoteTree(new FakePool(server), '/site/nope', options)).rejects.toThrow('does not exist');
    expect(server.sent('MLST')).toEqual(['MLST /site/nope']);
  });

  it.each(['../x', 'a/b', 'nul\0byte', '..', 'back\\slash'])('refuses a hostile listing entry %j, naming it', async (name) => {
    const server = tree();
    server.listingFor = (path) => (path === '/site/css' ? [entry('fine.css'), entry(name)] : undefined);
    const listing = listRemoteTree(new FakePool(server), '/site', options);
    await expect(listing).rejects.toThrow(RemotePathError);
    await expect(listRemoteTree(new FakePool(server), '/site', options)).rejects.toThrow(JSON.stringify(name));
  });

  it('lists symbolic links without following them', async () => {
    const server = tree();
    server.listingFor = (path) => (path === '/site' ? [entry('link', FileType.SymbolicLink), entry('odd', FileType.Unknown)] : undefined);
    const entries = await listRemoteTree(new FakePool(server), '/site', options);
    expect(entries).toEqual([{ path: 'link', size: 1, type: 'symlink' }]);
  });
});
