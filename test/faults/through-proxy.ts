/**
 * Runs an action's real bundle against ftp-srv through the fault proxy:
 * plain FTP (the proxy must read the control connection), three retries,
 * the first retry after half a second as in production.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  runBundle,
  startFaultProxy,
  startFtpSrv,
  type BundleRun,
  type Fault,
  type FaultProxy,
  type RunningServer,
} from '@ftp-actions/test-servers';

export const password = 'Fault-Injection-Pa55!';

export interface FaultBench {
  readonly server: RunningServer;
  readonly proxy: FaultProxy;
  /** A local directory of this test's own. */
  readonly local: string;
  /** Runs `action` through the proxy with the connection inputs filled in. */
  run(action: 'upload' | 'download' | 'health', inputs: Record<string, string>): Promise<BundleRun>;
  close(): Promise<void>;
}

export async function startFaultBench(faults: readonly Fault[]): Promise<FaultBench> {
  const server = await startFtpSrv({ password });
  const proxy = await startFaultProxy({ host: server.host, port: server.port }, faults);
  const local = await mkdtemp(join(tmpdir(), 'fault-local-'));
  return {
    server,
    proxy,
    local,
    run: (action, inputs) =>
      runBundle(action, {
        server: proxy.host,
        port: String(proxy.port),
        username: server.user,
        password,
        protocol: 'ftp',
        retries: '3',
        ...inputs,
      }),
    close: async () => {
      await proxy.close();
      await server.close();
      await rm(local, { recursive: true, force: true });
    },
  };
}

/** The `::error::` lines of a run, decoded as the runner shows them. */
export function errorsOf(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
}

/** The `::warning::` lines of a run, decoded. */
export function warningsOf(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'));
}
