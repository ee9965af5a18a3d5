/**
 * The health bundle under the proxy's faults. A gate does not retry a
 * server into looking healthy, apart from its connection attempts: it
 * reports the fault, naming it, with ok=false, and leaves nothing behind
 * (the write test's probe file included).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { node24, type Fault } from '@ftp-actions/test-servers';
import { sampleTree, writeTree } from '../integration/transfer-helpers.js';
import { errorsOf, startFaultBench, type FaultBench } from './through-proxy.js';
import { listNames } from './trees.js';

let bench: FaultBench | undefined;

beforeAll(() => {
  node24();
});
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function health(faults: Fault[], inputs: Record<string, string> = {}) {
  bench = await startFaultBench(faults);
  // Files to list, so data faults have data to act on.
  await writeTree(bench.server.root, sampleTree);
  const before = await listNames(bench.server.root);
  const run = await bench.run('health', { timeout: '2', path: '/', 'write-test': 'true', ...inputs });
  expect(await listNames(bench.server.root)).toEqual(before);
  return run;
}

describe('health bundle through the fault proxy', () => {
  it.each<[string, Fault, RegExp]>([
    ['a stalled login', { kind: 'stall', command: 'PASS' }, /^127\.0\.0\.1:\d+ did not answer within 2 s \(while logging in\)/],
    [
      'a stalled listing',
      { kind: 'stall', command: 'LIST' },
      /^127\.0\.0\.1:\d+ did not answer within 2 s \(while opening a remote path\)/,
    ],
    ['421 to every connection', { kind: 'refuse-connections', after: 0, times: Infinity }, /closed the session: 421 Too many connections/],
    [
      'the listing data connection reset',
      { kind: 'drop-data', command: 'LIST', afterBytes: 5 },
      /closed the connection unexpectedly \(ECONNRESET\)/,
    ],
    [
      'a listing cut mid-line',
      { kind: 'truncate-listing', afterBytes: 5 },
      /the listing ended in the middle of a line: its data connection was cut short/,
    ],
    ['451 to the write test', { kind: 'reply', command: 'STOR', reply: '451 Local error' }, /failed on 127\.0\.0\.1:\d+: 451 Local error/],
    // The connection is lost with the probe file on the server: it is removed over a fresh one.
    [
      'a stalled read-back in the write test',
      { kind: 'stall', command: 'RETR' },
      /did not answer within 2 s \(while transferring a file\)/,
    ],
  ])('reports %s as unfit, naming it', async (_, fault, message) => {
    const run = await health([fault]);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.outputs.message).toMatch(message);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('reports the control connection dropped mid-LIST as unfit, naming it', async () => {
    // The proxy drops the connection 20 ms after LIST's 150: a listing of
    // 5,000 entries (ftp-srv stats each one) is still under way by then.
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`many/file-${index}.txt`, '']));
    bench = await startFaultBench([{ kind: 'drop-control', command: 'LIST' }]);
    await writeTree(bench.server.root, many);
    const run = await bench.run('health', { timeout: '2', path: '/many' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(errorsOf(run)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+ closed the connection while .*: Server sent FIN/)]);
  });

  it('passes when its second connection attempt gets through a stalled login', async () => {
    const run = await health([{ kind: 'stall', command: 'PASS' }], { attempts: '2', 'retry-delay': '0' });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('true');
  });

  it('passes when LIST -a is refused once: basic-ftp falls back to LIST', async () => {
    const run = await health([{ kind: 'reply', command: 'LIST', reply: '451 Local error' }]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('true');
  });
});
