/**
 * The order the server sees: with assets-first, no page is renamed into
 * place before every asset is, and entry pages come last; recorded by the
 * fault proxy (with no faults) in front of ftp-srv.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, runBundle, startFaultProxy, startFtpSrv, type FaultProxy, type RunningServer } from '@ftp-actions/test-servers';
import { writeTree } from './transfer-helpers.js';

let server: RunningServer;
let proxy: FaultProxy;
let site: string;

beforeAll(async () => {
  node24();
  server = await startFtpSrv();
  proxy = await startFaultProxy({ host: server.host, port: server.port });
  site = await mkdtemp(join(tmpdir(), 'order-site-'));
  const tree: Record<string, string> = { 'index.html': 'home', 'blog/index.html': 'blog', 'about.html': 'about', 'contact.php': 'form' };
  for (let index = 0; index < 30; index += 1) tree[`assets/file-${index}.${index % 2 === 0 ? 'css' : 'js'}`] = `asset ${index}`;
  await writeTree(site, tree);
});
afterAll(async () => {
  await proxy.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
});

/** The final names, in the order the server renamed them into place. */
/**
 * The paths renamed into place, in the order of their last RNTO: ftp-srv
 * answers RNFR and RNTO sent together out of step, and the upload then
 * renames again one command at a time, so a path can appear twice.
 */
function renamedInOrder(commands: readonly string[]): string[] {
  const last = new Map<string, number>();
  commands.forEach((command, index) => {
    if (command.startsWith('RNTO ')) last.set(command.slice('RNTO '.length), index);
  });
  return [...last.entries()].sort((a, b) => a[1] - b[1]).map(([path]) => path);
}

describe('upload order as the server saw it', () => {
  it('assets-first: every asset, then the pages, then the entry pages', async () => {
    const run = await runBundle('upload', {
      server: proxy.host,
      port: String(proxy.port),
      username: server.user,
      password: server.password,
      protocol: 'ftp',
      concurrency: '4',
      'local-dir': site,
      'remote-dir': '/www',
    });
    expect(run.exitCode).toBe(0);
    const order = renamedInOrder(proxy.commands);
    expect(order).toHaveLength(34);
    const lastAsset = Math.max(...order.map((path, index) => (path.startsWith('/www/assets/') ? index : -1)));
    const pages = ['/www/about.html', '/www/contact.php'].map((path) => order.indexOf(path));
    const entries = ['/www/index.html', '/www/blog/index.html'].map((path) => order.indexOf(path));
    for (const page of pages) expect(page).toBeGreaterThan(lastAsset);
    for (const entry of entries) expect(entry).toBeGreaterThan(Math.max(...pages));
    // And each phase was finished before the next began: no page STOR before the last asset's RNTO.
    const commands = proxy.commands;
    const lastAssetRename = commands.lastIndexOf(`RNTO ${order[lastAsset] ?? ''}`);
    const firstPageStore = commands.findIndex((command) => /^STOR \/www\/\.(about\.html|contact\.php)\./.test(command));
    expect(firstPageStore).toBeGreaterThan(lastAssetRename);
  });

  it('sync push: the same phases, and deletes only after every upload', async () => {
    await mkdir(join(server.root, 'mirror'), { recursive: true });
    await writeFile(join(server.root, 'mirror', 'old-page.html'), 'gone soon');
    const before = proxy.commands.length;
    const run = await runBundle('sync', {
      server: proxy.host,
      port: String(proxy.port),
      username: server.user,
      password: server.password,
      protocol: 'ftp',
      concurrency: '4',
      'local-dir': site,
      'remote-dir': '/mirror',
      delete: 'true',
      'max-delete': '100%',
      lock: 'false',
    });
    expect(run.exitCode).toBe(0);
    const commands = proxy.commands.slice(before);
    const order = renamedInOrder(commands).filter((path) => !path.includes('.ftp-actions-state'));
    expect(order).toHaveLength(34);
    const lastAsset = Math.max(...order.map((path, index) => (path.startsWith('/mirror/assets/') ? index : -1)));
    for (const page of ['/mirror/about.html', '/mirror/contact.php']) expect(order.indexOf(page)).toBeGreaterThan(lastAsset);
    for (const entry of ['/mirror/index.html', '/mirror/blog/index.html'])
      expect(order.indexOf(entry)).toBeGreaterThan(order.indexOf('/mirror/about.html'));
    const deleted = commands.findIndex((command) => command === 'DELE /mirror/old-page.html');
    expect(deleted).toBeGreaterThan(commands.lastIndexOf('RNTO /mirror/index.html'));
  });
});
