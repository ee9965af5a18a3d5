import { describe, expect, it } from 'vitest';
import { createRemoteDirs, ensureRemoteDir, RemotePathError, silentLogger } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';

describe('createRemoteDirs', () => {
  it('creates parents before children, each once, with absolute MKDs', async () => {
    const server = new FakeServer();
    const result = await createRemoteDirs(new FakePool(server), ['/a/b/c', '/a', '/a/b', '/z', '/a/b', '/a/y'], silentLogger);
    expect([...result.created].sort()).toEqual(['/a', '/a/b', '/a/b/c', '/a/y', '/z']);
    const mkds = server.sent('MKD').map((command) => command.slice(4));
    expect(mkds).toHaveLength(5);
    // Parents first: each directory comes after its parent.
    for (const dir of mkds) {
      const parent = dir.slice(0, dir.lastIndexOf('/'));
      if (parent !== '') expect(mkds.indexOf(parent)).toBeLessThan(mkds.indexOf(dir));
    }
    expect(server.sent('CWD')).toEqual([]);
  });

  it('runs each level in parallel across the pool', async () => {
    const server = new FakeServer();
    const pool = new FakePool(server);
    await createRemoteDirs(pool, ['/1', '/2', '/3', '/4', '/5'], silentLogger);
    expect(pool.maxActive).toBeGreaterThan(1);
  });

  it('accepts "exists" refusals once the directories are seen, checking only the deepest', async () => {
    const server = new FakeServer();
    server.dirs.add('/a').add('/a/b').add('/a/b/c').add('/a/x');
    const result = await createRemoteDirs(new FakePool(server), ['/a', '/a/b', '/a/b/c', '/a/x', '/a/new'], silentLogger);
    expect([...result.created]).toEqual(['/a/new']);
    expect([...result.existing].sort()).toEqual(['/a', '/a/b', '/a/b/c', '/a/x']);
    expect(result.failed.size).toBe(0);
    // /a/b/c and /a/x are the deepest refused ones; /a and /a/b follow from them.
    const listed = server.sent('LIST').map((command) => command.replace(/^LIST (-a )?/, ''));
    expect(listed.sort()).toEqual(['/a', '/a/b']);
  });

  it('uses MLST to check where the server offers it', async () => {
    const server = new FakeServer();
    server.mlsd = true;
    server.dirs.add('/a');
    const result = await createRemoteDirs(new FakePool(server), ['/a'], silentLogger);
    expect([...result.existing]).toEqual(['/a']);
    expect(server.sent('MLST')).toEqual(['MLST /a']);
    expect(server.sent('LIST')).toEqual([]);
  });

  it('reports directories that could not be made with the reply, and their children by their parent', async () => {
    const server = new FakeServer();
    server.fault = (command) => (command === 'MKD /locked' ? { reply: 550, text: 'Permission denied' } : undefined);
    const result = await createRemoteDirs(new FakePool(server), ['/locked', '/locked/inner', '/open'], silentLogger);
    expect([...result.created]).toEqual(['/open']);
    expect(result.failed.get('/locked')?.message).toBe('Could not create the remote directory "/locked": 550 Permission denied');
    expect(result.failed.get('/locked')?.code).toBe(550);
    expect(result.failed.get('/locked/inner')?.message).toContain('because its parent "/locked" could not be created');
  });

  it('throws when the connection itself fails', async () => {
    const server = new FakeServer();
    server.fault = (command) => (command.startsWith('MKD') ? { drop: 'Server sent FIN packet unexpectedly' } : undefined);
    await expect(createRemoteDirs(new FakePool(server), ['/a'], silentLogger)).rejects.toThrow(/FIN packet/);
  });
});

describe('ensureRemoteDir', () => {
  it('only looks when the directory exists', async () => {
    const server = new FakeServer();
    server.dirs.add('/site');
    await expect(ensureRemoteDir(new FakePool(server), '/site', silentLogger)).resolves.toBe('existed');
    expect(server.sent('MKD')).toEqual([]);
  });

  it('creates a missing directory and its missing parents', async () => {
    const server = new FakeServer();
    server.dirs.add('/home');
    await expect(ensureRemoteDir(new FakePool(server), '/home/user/site', silentLogger)).resolves.toBe('created');
    expect(server.dirs.has('/home/user/site')).toBe(true);
  });

  it('refuses a file in the way', async () => {
    const server = new FakeServer();
    server.addFile('/site', 'not a dir');
    await expect(ensureRemoteDir(new FakePool(server), '/site', silentLogger)).rejects.toThrow(/is a file, not a directory/);
  });

  it('throws RemotePathError when it cannot be made', async () => {
    const server = new FakeServer();
    server.fault = (command) => (command.startsWith('MKD') ? { reply: 550, text: 'Permission denied' } : undefined);
    await expect(ensureRemoteDir(new FakePool(server), '/site', silentLogger)).rejects.toThrow(RemotePathError);
  });
});
