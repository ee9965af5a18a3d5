/**
 * An upload behind a shut `PublishGate` (a sync whose lock is not yet
 * confirmed): data goes to temporary names only, nothing shows under a
 * final name and no directory is made until the gate opens; a gate shut
 * for good stops the batch with its reason and leaves nothing behind.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PublishGate, uploadFiles, type TransferOptions } from '@ftp-actions/core';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { quietDeps, readTree, sameTree, tracedPool, uploadItems, type TracedPool } from './transfer-helpers.js';

const options: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 5 };

/** A gate the test opens or shuts by hand. */
function manualGate(): { gate: PublishGate; open: () => void; shut: (reason: Error) => void } {
  let open = (): void => undefined;
  let shut = (_reason: Error): void => undefined;
  const opening = new Promise<void>((resolve, reject) => {
    open = resolve;
    shut = reject;
  });
  return { gate: new PublishGate(opening), open, shut };
}

async function waitFor(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let local: string;
const files = 10;
beforeAll(async () => {
  local = await mkdtemp(join(tmpdir(), 'gate-src-'));
  for (let index = 0; index < files; index += 1) await writeFile(join(local, `f${index}.txt`), `file ${index}\n`);
});
afterAll(() => rm(local, { recursive: true, force: true }));

describe('uploadFiles behind a publish gate (ftp-srv)', () => {
  let server: RunningServer;
  let traced: TracedPool;
  beforeEach(async () => {
    server = await startFtpSrv();
    traced = tracedPool(server, 4);
    await mkdir(join(server.root, 'site'));
  });
  afterEach(async () => {
    await traced.pool.close();
    await server.close();
  });

  const stored = (): number => traced.commands.filter((command) => command.startsWith('STOR ')).length;

  it('stores every file under a temporary name while shut, and renames them all once it opens', async () => {
    const { gate, open } = manualGate();
    const upload = uploadFiles(traced.pool, await uploadItems(local, '/site'), { ...options, publishGate: gate }, quietDeps());
    await waitFor(async () => stored() === files && (await readdir(join(server.root, 'site'))).length === files, 'every file stored');
    // Only temporary names, and no rename yet: nothing a visitor would see has changed.
    expect((await readdir(join(server.root, 'site'))).every((name) => /^\..*\.ftp-actions-[0-9a-f]+\.part$/.test(name))).toBe(true);
    expect(traced.commands.filter((command) => /^(RNFR|RNTO|MKD|DELE)/.test(command))).toEqual([]);

    open();
    const report = await upload;
    expect(report.files.map((file) => file.status)).toEqual(new Array(files).fill('transferred'));
    // The temporary files were renamed, not sent again; a leftover would fail the comparison.
    expect(stored()).toBe(files);
    expect(sameTree(await readTree(join(server.root, 'site')), await readTree(local))).toBe(true);
  });

  it('makes no directory before it opens', async () => {
    const { gate, open } = manualGate();
    const upload = uploadFiles(traced.pool, await uploadItems(local, '/site/new/deeper'), { ...options, publishGate: gate }, quietDeps());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(traced.commands.filter((command) => /^(MKD|STOR)/.test(command))).toEqual([]);
    expect(await readdir(join(server.root, 'site'))).toEqual([]);
    open();
    expect((await upload).files.every((file) => file.status === 'transferred')).toBe(true);
    expect(sameTree(await readTree(join(server.root, 'site/new/deeper')), await readTree(local))).toBe(true);
  });

  it('shut for good: the batch stops with its reason, and every staged file is removed', async () => {
    const { gate, shut } = manualGate();
    const upload = uploadFiles(traced.pool, await uploadItems(local, '/site'), { ...options, publishGate: gate }, quietDeps());
    await waitFor(() => stored() >= 4, 'the first files stored');
    const reason = new Error('another sync took the lock');
    shut(reason);
    await expect(upload).rejects.toBe(reason);
    expect(await readdir(join(server.root, 'site'))).toEqual([]);
    expect(traced.commands.filter((command) => /^(RNFR|RNTO)/.test(command))).toEqual([]);
  });

  it('writes in place (atomic: false) only once it opens', async () => {
    const { gate, open } = manualGate();
    const upload = uploadFiles(
      traced.pool,
      await uploadItems(local, '/site'),
      { ...options, atomic: false, publishGate: gate },
      quietDeps(),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stored()).toBe(0);
    open();
    expect((await upload).files.every((file) => file.status === 'transferred')).toBe(true);
    expect(sameTree(await readTree(join(server.root, 'site')), await readTree(local))).toBe(true);
  });
});
