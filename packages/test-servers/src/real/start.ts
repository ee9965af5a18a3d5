import { chmod, mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import { isIPv4 } from 'node:net';
import { join, resolve } from 'node:path';
import { findFreePortRange } from '../ports.js';
import { waitForGreeting } from './greeting.js';
import type { LaunchContext, LaunchPlan, TlsSettings } from './launch.js';
import { CONFIG_DIR_PREFIX, reapOrphanedServers, registerServer, unregisterServer } from './orphans.js';
import { createOwnAccount, removeOwnAccount } from './own-account.js';
import { sha512Crypt } from './password.js';
import { prepareProftpd } from './proftpd.js';
import { preparePureFtpd } from './pure-ftpd.js';
import { runCommand } from './run-command.js';
import { spawnServer } from './server-process.js';
import type { ServerProcess } from './server-process.js';
import { ensureTestUser } from './test-user.js';
import type { TestUser } from './test-user.js';
import { writeTlsFiles } from './tls-files.js';
import type { RealServerKind, RealServerOptions, RunningRealServer } from './types.js';
import { realServersAvailable } from './vendor.js';
import { prepareVsftpd } from './vsftpd.js';

const PREPARE: Record<RealServerKind, (context: LaunchContext) => Promise<LaunchPlan>> = {
  vsftpd: prepareVsftpd,
  'pure-ftpd': preparePureFtpd,
  proftpd: prepareProftpd,
};

/** Each server's own default for requiring TLS session reuse on data connections. */
const DEFAULT_SESSION_REUSE: Record<RealServerKind, boolean> = { vsftpd: true, 'pure-ftpd': false, proftpd: true };

// A pool of clients each opening a passive port per transfer needs room,
// as do ports a closed transfer left in TIME_WAIT; pure-ftpd also admits
// at most half as many clients as it has passive ports (32 here).
const PASSIVE_PORTS = 64;
const GREETING_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 3_000;
// Ports are checked free before the server binds them; another process can
// take one in between. A bind failure gets a fresh set of ports.
const START_ATTEMPTS = 3;
const BIND_FAILURE = /address already in use|unable to bind|cannot bind|could not bind|EADDRINUSE/i;

class StartFailure extends Error {
  constructor(
    message: string,
    readonly bindFailure: boolean,
  ) {
    super(message);
  }
}

function validate(options: RealServerOptions): void {
  const { tls, cert, tlsMinVersion, tlsMaxVersion } = options;
  if (tls !== 'none' && cert === undefined) {
    throw new Error(`startRealServer: tls '${tls}' needs a cert (for example (await makeTestPki()).server)`);
  }
  if (tls === 'none' && (tlsMinVersion !== undefined || tlsMaxVersion !== undefined || cert !== undefined)) {
    throw new Error("startRealServer: cert, tlsMinVersion and tlsMaxVersion need a tls mode other than 'none'");
  }
  if (tlsMinVersion === 'TLSv1.3' && tlsMaxVersion === 'TLSv1.2') {
    throw new Error('startRealServer: tlsMinVersion TLSv1.3 is above tlsMaxVersion TLSv1.2');
  }
  // PASV can only carry an IPv4 address.
  if (options.passiveAddress !== undefined && !isIPv4(options.passiveAddress)) {
    throw new Error(`startRealServer: passiveAddress must be an IPv4 address, got ${JSON.stringify(options.passiveAddress)}`);
  }
  const { passivePorts } = options;
  if (passivePorts !== undefined && (!Number.isInteger(passivePorts) || passivePorts < 1 || passivePorts > 4096)) {
    throw new Error(`startRealServer: passivePorts must be an integer from 1 to 4096, got ${passivePorts}`);
  }
}

async function prepareRoot(configDir: string, requested: string | undefined, user: TestUser): Promise<string> {
  const root = requested === undefined ? join(configDir, 'root') : resolve(requested);
  await mkdir(root, { recursive: true });
  // The servers write as the test user, so it must own everything served.
  await runCommand('chown', ['-R', `${user.uid}:${user.gid}`, root]);
  return realpath(root);
}

/**
 * The user this server logs in: the shared test user, or with
 * options.password one with that password. pure-ftpd and ProFTPD read
 * users from files of their own, so only the hash differs; vsftpd asks PAM,
 * which knows only system accounts, so it gets an account of its own.
 */
async function serverUser(
  options: RealServerOptions,
  testUser: TestUser,
  configDir: string,
): Promise<{ user: TestUser; remove: () => Promise<void> }> {
  const nothing = (): Promise<void> => Promise.resolve();
  if (options.password === undefined) return { user: testUser, remove: nothing };
  const passwordHash = await sha512Crypt(options.password);
  if (options.kind !== 'vsftpd') return { user: { ...testUser, password: options.password, passwordHash }, remove: nothing };
  const account = await createOwnAccount(configDir, options.password, passwordHash, testUser);
  return { user: account, remove: () => removeOwnAccount(account.name) };
}

async function startOnce(options: RealServerOptions, testUser: TestUser): Promise<RunningRealServer> {
  const configDir = await mkdtemp(`${CONFIG_DIR_PREFIX}${options.kind}-`);
  let server: ServerProcess | undefined;
  let removeUser = (): Promise<void> => Promise.resolve();
  try {
    const served = await serverUser(options, testUser, configDir);
    const { user } = served;
    removeUser = served.remove;
    // Searchable by the server's unprivileged processes; secrets inside are 0600.
    await chmod(configDir, 0o755);
    const root = await prepareRoot(configDir, options.root, user);
    const ports = await findFreePortRange((options.passivePorts ?? PASSIVE_PORTS) + 1);
    const passiveRange: [number, number] = [ports.min + 1, ports.max];
    const tls: TlsSettings = {
      mode: options.tls,
      files: options.cert === undefined ? undefined : await writeTlsFiles(configDir, options.cert),
      minVersion: options.tlsMinVersion,
      maxVersion: options.tlsMaxVersion,
      requireSessionReuse: options.tls !== 'none' && (options.requireSessionReuse ?? DEFAULT_SESSION_REUSE[options.kind]),
    };
    const passiveAddress = options.passiveAddress ?? '127.0.0.1';
    const context: LaunchContext = { port: ports.min, passiveRange, passiveAddress, root, configDir, user, tls };
    const plan = await PREPARE[options.kind](context);

    const running = await spawnServer(plan);
    server = running;
    await registerServer(running.pid, await realpath(plan.executable), configDir);
    try {
      await waitForGreeting({
        host: '127.0.0.1',
        port: context.port,
        implicitTls: options.tls === 'implicit',
        timeoutMs: GREETING_TIMEOUT_MS,
        exited: running.exited,
      });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      const output = running.output();
      throw new StartFailure(`${options.kind} did not start: ${reason}\n${output}`, BIND_FAILURE.test(output));
    }

    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      await running.stop(STOP_GRACE_MS);
      await unregisterServer(running.pid);
      await removeUser();
      await rm(configDir, { recursive: true, force: true });
    };
    return {
      kind: options.kind,
      host: '127.0.0.1',
      port: context.port,
      user: user.name,
      password: user.password,
      root,
      pid: running.pid,
      passiveRange,
      passiveAddress,
      tls: options.tls,
      tlsMinVersion: options.tlsMinVersion,
      tlsMaxVersion: options.tlsMaxVersion,
      sessionReuseRequired: tls.requireSessionReuse,
      configDir,
      output: () => running.output(),
      close(): Promise<void> {
        closing ??= close();
        return closing;
      },
    };
  } catch (error: unknown) {
    // Nobody gets a close() for a server that never answered, so tidy up here.
    if (server !== undefined) {
      await server.stop(STOP_GRACE_MS);
      await unregisterServer(server.pid);
    }
    await removeUser();
    await rm(configDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts vsftpd, pure-ftpd or ProFTPD from the unpacked Debian packages, in
 * the foreground, on a free loopback port with a passive range of its own
 * (so several can run at once), serving `root` as "/" to a test user; and
 * resolves once it greets with 220. Needs root and
 * scripts/install-test-servers.sh; check realServersAvailable() first.
 */
export async function startRealServer(options: RealServerOptions): Promise<RunningRealServer> {
  validate(options);
  const availability = realServersAvailable();
  if (!availability.available) throw new Error(`startRealServer: ${availability.reason ?? 'real servers unavailable'}`);
  await reapOrphanedServers();
  const user = await ensureTestUser();
  let lastFailure: StartFailure | undefined;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    try {
      return await startOnce(options, user);
    } catch (error: unknown) {
      if (!(error instanceof StartFailure) || !error.bindFailure) throw error;
      lastFailure = error;
    }
  }
  throw new Error(`${options.kind}: its ports were taken on each of ${START_ATTEMPTS} attempts`, { cause: lastFailure });
}
