import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import type { SecureContextOptions } from 'node:tls';
import { join } from 'node:path';
import { FileSystem, FtpSrv } from 'ftp-srv';
import type { FtpConnection } from 'ftp-srv';
import type { TestCertificate } from './certificates.js';
import { upgradeAuthTlsAtOnce } from './ftp-srv-auth-tls.js';
import { LOOPBACK_HOST } from './loopback.js';
import { findFreePortRange, portOf } from './ports.js';
import { ReadOnlyFileSystem } from './read-only-file-system.js';
import { withoutAddedSignalHandlers } from './signal-handlers.js';
import { silentLogger } from './silent-logger.js';
import { trackSockets } from './socket-tracker.js';

export type FtpSrvTlsMode = 'none' | 'explicit' | 'implicit';

export interface FtpSrvOptions {
  /** Directory served; default a fresh temp dir, removed on close only if we created it. */
  root?: string;
  /** Default 'deploy'. */
  user?: string;
  /** Default a random password. */
  password?: string;
  /** Default 'none'. 'explicit' answers AUTH TLS; 'implicit' speaks TLS from the first byte. */
  tls?: FtpSrvTlsMode;
  /** Required when tls is not 'none'. */
  cert?: TestCertificate;
  /** Lowest TLS version accepted (control and data connections); default Node's (TLS 1.2). */
  tlsMinVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** Highest TLS version accepted; default Node's (TLS 1.3). */
  tlsMaxVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** Refuse STOR, APPE, DELE, MKD, RMD and RNTO with 550. */
  readOnly?: boolean;
  /** Port to listen on; default one chosen by the OS. For tests of a server that comes up late. */
  port?: number;
  /** Extra lines before the 220 greeting's "Ready". */
  greeting?: string;
  /**
   * Makes the file system for each logged-in connection, for injected faults:
   * subclass ftp-srv's FileSystem (re-exported here) and construct it with
   * `(connection, { root, cwd: '/' })`. Not with readOnly.
   */
  fileSystem?: (connection: FtpConnection, root: string) => FileSystem;
}

export interface RunningServer {
  host: string;
  port: number;
  user: string;
  password: string;
  root: string;
  tls: FtpSrvTlsMode;
  close(): Promise<void>;
}

// Each EPSV/PASV takes the next port of the range in turn; 40 leaves room
// for a pool of clients transferring at once while earlier ports linger.
const PASSIVE_RANGE_SIZE = 40;

function tlsOptions(mode: FtpSrvTlsMode, options: FtpSrvOptions): SecureContextOptions | false {
  const { cert, tlsMinVersion, tlsMaxVersion } = options;
  if (mode === 'none') {
    if (tlsMinVersion !== undefined || tlsMaxVersion !== undefined) {
      throw new Error("startFtpSrv: tlsMinVersion and tlsMaxVersion need a tls mode other than 'none'");
    }
    return false;
  }
  if (!cert) throw new Error(`startFtpSrv: tls '${mode}' needs a cert (for example (await makeTestPki()).server)`);
  // ftp-srv hands these to tls.createServer and tls.createSecureContext, which both take the version bounds.
  return {
    key: cert.keyPem,
    cert: cert.certPem,
    ...(tlsMinVersion === undefined ? {} : { minVersion: tlsMinVersion }),
    ...(tlsMaxVersion === undefined ? {} : { maxVersion: tlsMaxVersion }),
  };
}

/** ftp-srv keeps its net/tls server private; we need it for the real port and to cut sockets. */
function innerServer(ftpServer: FtpSrv): net.Server {
  const inner: unknown = Reflect.get(ftpServer, 'server');
  if (!(inner instanceof net.Server)) throw new Error('ftp-srv no longer exposes its listening server as .server');
  return inner;
}

/**
 * Starts ftp-srv in this process on a loopback port chosen by the OS, with
 * one user, a passive port range of its own and PASV answering 127.0.0.1.
 */
export async function startFtpSrv(options: FtpSrvOptions = {}): Promise<RunningServer> {
  if (options.readOnly && options.fileSystem) {
    throw new Error('startFtpSrv: readOnly and fileSystem cannot be combined; refuse writes in your FileSystem instead');
  }
  const mode = options.tls ?? 'none';
  const tls = tlsOptions(mode, options);
  const user = options.user ?? 'deploy';
  const password = options.password ?? randomBytes(12).toString('base64url');
  const ownsRoot = options.root === undefined;
  const root = options.root ?? (await mkdtemp(join(tmpdir(), 'ftp-srv-')));
  const passive = await findFreePortRange(PASSIVE_RANGE_SIZE);

  const ftpServer = withoutAddedSignalHandlers(
    () =>
      new FtpSrv({
        url: `${mode === 'implicit' ? 'ftps' : 'ftp'}://${LOOPBACK_HOST}:${options.port ?? 0}`,
        pasv_url: LOOPBACK_HOST,
        pasv_min: passive.min,
        pasv_max: passive.max,
        tls,
        log: silentLogger,
        ...(options.greeting === undefined ? {} : { greeting: options.greeting }),
      }),
  );

  const makeFileSystem = (connection: FtpConnection): FileSystem => {
    if (options.fileSystem) return options.fileSystem(connection, root);
    if (options.readOnly) return new ReadOnlyFileSystem(connection, { root, cwd: '/' });
    return new FileSystem(connection, { root, cwd: '/' });
  };

  // ftp-srv's own AUTH TLS races the client's handshake; see ftp-srv-auth-tls.ts.
  if (tls !== false && mode === 'explicit') {
    // ftp-srv emits 'connect' for every new control connection; its typings leave the event out.
    const events: EventEmitter = ftpServer;
    events.on('connect', ({ connection }: { connection: FtpConnection }) => upgradeAuthTlsAtOnce(connection, tls));
  }

  ftpServer.on('login', ({ connection, username, password: given }, resolve, reject) => {
    if (username !== user || given !== password) {
      // ftp-srv turns a rejected login into "530 <message>".
      reject(new Error('Invalid username or password'));
      return;
    }
    resolve({ fs: makeFileSystem(connection) });
  });

  const listening = innerServer(ftpServer);
  const sockets = trackSockets(listening);
  try {
    await ftpServer.listen();
  } catch (error: unknown) {
    // Nobody gets a close() for a server that never listened, so tidy up here.
    if (ownsRoot) await rm(root, { recursive: true, force: true });
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    // ftp-srv's close() waits for net.Server#close, which waits for every
    // client to go; cutting the sockets ourselves keeps that prompt even
    // when a test leaves a client connected. ftp-srv still leaves timers it
    // never clears: 1 s per disconnected client, and 30 s for a passive port
    // opened by EPSV/PASV that no client connected to. They only delay the
    // process's exit, and vitest ends its workers regardless.
    const closed: unknown = ftpServer.close();
    sockets.destroyAll();
    await closed;
    if (ownsRoot) await rm(root, { recursive: true, force: true });
  };

  return {
    host: LOOPBACK_HOST,
    port: portOf(listening),
    user,
    password,
    root,
    tls: mode,
    close(): Promise<void> {
      closing ??= close();
      return closing;
    },
  };
}
