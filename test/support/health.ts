import { probeServer, silentLogger, type ProbeResult, type RawInputs } from '@ftp-actions/core';
import type { RunningServer } from '@ftp-actions/test-servers';
import { parseHealthInputs } from '../../actions/health/src/inputs.js';

/** Raw action inputs that reach a test server. */
export function inputsFor(server: RunningServer, extra: RawInputs = {}): RawInputs {
  return {
    server: server.host,
    port: String(server.port),
    username: server.user,
    password: server.password,
    protocol: server.tls === 'none' ? 'ftp' : server.tls === 'implicit' ? 'ftps-implicit' : 'ftps',
    timeout: '5',
    ...extra,
  };
}

/** Parses the inputs as the action does and runs the probe in-process. */
export function probe(raw: RawInputs): Promise<ProbeResult> {
  return probeServer(parseHealthInputs(raw).probe, { log: silentLogger });
}
