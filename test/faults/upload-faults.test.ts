/**
 * The upload bundle under every fault the proxy can inject: it either
 * finishes after retries with the server's tree equal to the local one,
 * byte for byte, or fails naming the cause; and it never leaves a partial
 * file under a final name, nor a temporary file, on the server.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { node24, type Fault } from '@ftp-actions/test-servers';
import { sampleTree, writeTree } from '../integration/transfer-helpers.js';
import { errorsOf, startFaultBench, warningsOf, type FaultBench } from './through-proxy.js';
import { expectOnlyCompleteFiles, expectTree, listNames, treeOf, type Tree } from './trees.js';

/** Bytes that differ along the file, so a resumed transfer that skips or repeats a range is caught. */
function pattern(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 131 + seed * 7 + (index >> 12)) % 256;
  return bytes;
}

const site = treeOf({ ...sampleTree, 'assets/big.bin': pattern(3 * 1024 * 1024, 1) });
// Every file larger than the drop point, so whichever STOR the fault picks is cut mid-way.
const large = treeOf({ 'a.bin': pattern(2 * 1024 * 1024, 2), 'nested/b.bin': pattern(1024 * 1024, 3) });
// The proxy drops the control connection 20 ms after the 150 reply: only a
// file that takes longer than that over loopback is still on the wire then.
const huge = treeOf({ 'huge.bin': pattern(48 * 1024 * 1024, 4) });

let bench: FaultBench | undefined;

beforeAll(() => {
  node24();
});
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function upload(faults: Fault[], tree: ReadonlyMap<string, Buffer>, inputs: Record<string, string> = {}) {
  bench = await startFaultBench(faults);
  await writeTree(bench.local, Object.fromEntries(tree));
  const run = await bench.run('upload', { 'local-dir': bench.local, 'remote-dir': 'site', concurrency: '2', ...inputs });
  return { run, bench, remote: join(bench.server.root, 'site') };
}

describe('upload bundle through the fault proxy', () => {
  it.each<[string, Fault, Tree]>([
    ['the control connection dropped mid-STOR', { kind: 'drop-control', command: 'STOR' }, huge],
    ['the data connection cut mid-STOR', { kind: 'drop-data', command: 'STOR', afterBytes: 256 * 1024 }, large],
  ])('finishes after %s, byte for byte', async (_, fault, tree) => {
    const { run, remote, bench } = await upload([fault], tree);
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(bench.proxy.firedCounts()).toEqual([1]);
    expect(warningsOf(run).join('\n')).toMatch(/Upload of \/site\/.* failed \(attempt 1\).*retrying/);
    await expectTree(remote, tree);
  });

  it('survives losing its only connection: the retry waits instead of letting Node exit', async () => {
    // With one connection, the backoff timer is all that is left while the
    // retry waits; it used to be unref'd and the bundle exited with code 13.
    const { run, remote } = await upload([{ kind: 'drop-control', command: 'STOR' }], huge, { concurrency: '1' });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(warningsOf(run).join('\n')).toMatch(/failed \(attempt 1\).*retrying/);
    await expectTree(remote, huge);
  });

  it('finishes after a stalled STOR once the timeout gives up on it', async () => {
    const { run, remote, bench } = await upload([{ kind: 'stall', command: 'STOR' }], site, { timeout: '2' });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(bench.proxy.firedCounts()).toEqual([1]);
    expect(warningsOf(run).join('\n')).toMatch(/failed \(attempt 1\): STOR failed: Timeout \(control socket\); retrying/);
    await expectTree(remote, site);
  });

  it('finishes on fewer connections when the server answers 421 to the third', async () => {
    const { run, remote, bench } = await upload([{ kind: 'refuse-connections', after: 2, times: Infinity }], site, { concurrency: '4' });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(bench.proxy.firedCounts()[0]).toBeGreaterThan(0);
    await expectTree(remote, site);
  });

  it.each(['450 File busy, try again', '451 Local error in processing'])('finishes after STOR was answered "%s" once', async (reply) => {
    const { run, remote, bench } = await upload([{ kind: 'reply', command: 'STOR', reply }], site);
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(bench.proxy.firedCounts()).toEqual([1]);
    expect(warningsOf(run).join('\n')).toContain(reply);
    await expectTree(remote, site);
  });

  it('fails naming the refused rename and atomic: false, leaving no file on the server', async () => {
    const { run, remote } = await upload([{ kind: 'reply', command: 'RNTO', reply: '553 Rename not allowed', times: Infinity }], site);
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^10 of 10 files failed to upload:/);
    expect(errors[0]).toMatch(
      /- \/site\/js\/app.js: The server refused to rename the uploaded temporary file to "\/site\/js\/app.js" \(RNTO answered 553 Rename not allowed\); set atomic: false/,
    );
    // Only the directories the upload made: no file, whole or partial, no temporary file.
    expect((await listNames(remote)).filter((name) => !name.endsWith('/'))).toEqual([]);
    await expectOnlyCompleteFiles(remote, site);
  });

  it('with atomic: false the same server takes the files in place', async () => {
    const { run, remote } = await upload([{ kind: 'reply', command: 'RNTO', reply: '553 Rename not allowed', times: Infinity }], site, {
      atomic: 'false',
    });
    expect(run.exitCode).toBe(0);
    await expectTree(remote, site);
  });
});
