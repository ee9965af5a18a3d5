/**
 * Every input of every action, wrong, through the real bundles: exit 1,
 * exactly one ::error:: that names the bad input (and only it), and
 * nothing touched: no connection reaches the server (a proxy in front of
 * it counts them), its files are as they were, and so is local-dir.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everythingPrinted,
  makeTestPki,
  node24,
  runBundle,
  startFaultProxy,
  startFtpSrv,
  type FaultProxy,
  type RunningServer,
} from '@ftp-actions/test-servers';
import { sampleTree, writeTree } from '../integration/transfer-helpers.js';
import { errorsOf } from '../faults/through-proxy.js';
import { listNames } from '../faults/trees.js';
import { allAtOnceCase, checkBaseline, conflictCases, singleInputCases, type ActionName, type BadInputCase } from './bad-input-cases.js';

const password = 'Bad-Inputs-Pa55!';
const pem = (await makeTestPki()).ca.certPem;

/** Valid inputs for each action; a case changes only what it is about. */
function baseline(action: ActionName, target: { host: string; port: number }, local: string): Record<string, string> {
  const connection = { server: target.host, port: String(target.port), username: 'deploy', password, protocol: 'ftp' };
  if (action === 'health') return connection;
  return { ...connection, 'remote-dir': 'site', 'local-dir': local };
}

const actions: readonly ActionName[] = ['health', 'upload', 'download'];
const generated = Object.fromEntries(
  actions.map((action) => {
    const base = baseline(action, { host: '127.0.0.1', port: 2121 }, '/tmp/never-used');
    checkBaseline(action, base);
    const { cases, freeText } = singleInputCases(action, base);
    return [action, { cases, freeText, all: [...cases, ...conflictCases(action, pem), allAtOnceCase(action, cases)] }];
  }),
) as Record<ActionName, { cases: BadInputCase[]; freeText: string[]; all: BadInputCase[] }>;

let server: RunningServer;
let proxy: FaultProxy;
let local: string;
let serverBefore: string[];
let localBefore: string[];

beforeAll(async () => {
  node24();
  server = await startFtpSrv({ password });
  await writeTree(join(server.root, 'site'), sampleTree);
  proxy = await startFaultProxy({ host: server.host, port: server.port });
  local = await mkdtemp(join(tmpdir(), 'bad-inputs-'));
  await writeTree(local, sampleTree);
  serverBefore = await listNames(server.root);
  localBefore = await listNames(local);
});
afterAll(async () => {
  // Checked once for all cases: none of them may have reached the server or changed a file.
  expect(proxy.connections).toBe(0);
  expect(await listNames(server.root)).toEqual(serverBefore);
  expect(await listNames(local)).toEqual(localBefore);
  await proxy.close();
  await server.close();
  await rm(local, { recursive: true, force: true });
});

describe('input tables', () => {
  it('have wrong values for every input but the free-text ones', () => {
    // A new input that accepts anything lands here and must be added knowingly.
    expect(generated.health.freeText).toEqual(['username', 'password', 'require-features']);
    expect(generated.upload.freeText).toEqual(['username', 'password', 'local-dir', 'files']);
    expect(generated.download.freeText).toEqual(['username', 'password', 'files', 'local-dir']);
  });
});

describe.each(actions)('%s bundle with bad inputs', (action) => {
  it.concurrent.each(generated[action].all.map((testCase) => [testCase.label, testCase] as const))(
    '%s: exit 1, one error naming it, nothing touched',
    async (_, testCase) => {
      const run = await runBundle(action, { ...baseline(action, proxy, local), ...testCase.inputs });
      expect(run.exitCode).toBe(1);
      const errors = errorsOf(run);
      expect(errors).toHaveLength(1);
      const named = [...(errors[0] ?? '').matchAll(/^ {2}- ([a-z-]+): /gm)].map((match) => match[1]).sort();
      expect(named).toEqual([...testCase.names].sort());
      expect(run.outputs).toEqual({});
      expect(everythingPrinted(run)).not.toContain(password);
    },
  );
});
