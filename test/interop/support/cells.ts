/**
 * The interop matrix's cells: which server, plain or explicit or implicit
 * FTPS, which TLS version; how to start each one's server on free loopback
 * ports with a password of its own, and the connection inputs every action
 * bundle gets for it.
 */
import { randomBytes } from 'node:crypto';
import {
  REAL_SERVER_CAPABILITIES,
  realServersAvailable,
  startFtpSrv,
  startRealServer,
  type RealServerKind,
  type RealServerTlsVersion,
  type TestPki,
} from '@ftp-actions/test-servers';

export type ServerKind = 'ftp-srv' | RealServerKind;
export type Security = 'plain' | 'explicit' | 'implicit';
export type TlsVersion = RealServerTlsVersion;

export interface Cell {
  readonly kind: ServerKind;
  readonly security: Security;
  /** The only TLS version the server accepts in this cell; undefined for plain FTP. */
  readonly tlsVersion: TlsVersion | undefined;
  /** "vsftpd · explicit FTPS · TLSv1.3", for test names. */
  readonly name: string;
}

/** What each server offers that the actions' behaviour depends on. */
export interface ServerTraits {
  /** The listing command the actions should use: MLSD where FEAT lists MLST, else LIST. */
  readonly listCommand: 'MLSD' | 'LIST';
  /** The command that sets a remote file's time; undefined where none works (ftp-srv). */
  readonly setTimeCommand: 'MFMT' | 'MDTM' | undefined;
  /** Whether HASH is offered (sync's compare: checksum needs it). */
  readonly hash: boolean;
  /** Whether data connections must resume the control connection's TLS session (in the TLS cells). */
  readonly requiresSessionReuse: boolean;
}

const TLS_VERSIONS: readonly TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];

export function traitsOf(kind: ServerKind): ServerTraits {
  if (kind === 'ftp-srv') return { listCommand: 'LIST', setTimeCommand: undefined, hash: false, requiresSessionReuse: false };
  const capabilities = REAL_SERVER_CAPABILITIES[kind];
  return {
    listCommand: capabilities.mlsd ? 'MLSD' : 'LIST',
    // vsftpd has no MFMT but takes a time as MDTM's first argument.
    setTimeCommand: capabilities.mfmt ? 'MFMT' : 'MDTM',
    hash: capabilities.hash,
    requiresSessionReuse: capabilities.requiresSessionReuseByDefault,
  };
}

function offersImplicit(kind: ServerKind): boolean {
  return kind === 'ftp-srv' || REAL_SERVER_CAPABILITIES[kind].tlsModes.includes('implicit');
}

function cellName(kind: ServerKind, security: Security, tlsVersion: TlsVersion | undefined): string {
  const mode = security === 'plain' ? 'plain FTP' : `${security} FTPS`;
  return tlsVersion === undefined ? `${kind} · ${mode}` : `${kind} · ${mode} · ${tlsVersion}`;
}

/** Plain FTP, explicit FTPS in TLS 1.2 and 1.3, and implicit FTPS in both where the server offers it. */
export function cellsFor(kind: ServerKind): Cell[] {
  const securities: Security[] = offersImplicit(kind) ? ['explicit', 'implicit'] : ['explicit'];
  return [
    { kind, security: 'plain', tlsVersion: undefined, name: cellName(kind, 'plain', undefined) },
    ...securities.flatMap((security) =>
      TLS_VERSIONS.map((tlsVersion) => ({ kind, security, tlsVersion, name: cellName(kind, security, tlsVersion) })),
    ),
  ];
}

/**
 * A password for one cell only, distinctive enough that finding it in any
 * output can only mean it leaked. Letters, digits and a few marks that need
 * no quoting anywhere (FTP's PASS, crypt(3), an environment variable).
 */
export function cellPassword(cell: Cell): string {
  const slug = [cell.kind, cell.security, cell.tlsVersion ?? ''].join('').replace(/[^A-Za-z0-9]/g, '');
  return `Pw-${slug}-${randomBytes(12).toString('hex')}!`;
}

/** A started server, whichever kind. */
export interface CellServer {
  readonly cell: Cell;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** The directory the server shows as "/", readable here. */
  readonly root: string;
  /** Whether the server refuses data connections that do not resume the TLS session. */
  readonly sessionReuseRequired: boolean;
  /** Real servers run as a test user: files seeded here must belong to it (see seed.ts). */
  readonly real: boolean;
  close(): Promise<void>;
}

/** Starts the cell's server with its own password; the caller closes it. */
export async function startCellServer(cell: Cell, pki: TestPki, password: string): Promise<CellServer> {
  const versions = cell.tlsVersion === undefined ? {} : { tlsMinVersion: cell.tlsVersion, tlsMaxVersion: cell.tlsVersion };
  if (cell.kind === 'ftp-srv') {
    const server = await startFtpSrv({
      tls: cell.security === 'plain' ? 'none' : cell.security,
      ...(cell.security === 'plain' ? {} : { cert: pki.server, ...versions }),
      password,
    });
    return { cell, ...server, sessionReuseRequired: false, real: false, close: () => server.close() };
  }
  const server = await startRealServer({
    kind: cell.kind,
    // Explicit cells refuse plain logins and plain data connections, so a
    // downgrade anywhere would fail the cell instead of passing unnoticed.
    tls: cell.security === 'plain' ? 'none' : cell.security === 'explicit' ? 'explicit-required' : 'implicit',
    ...(cell.security === 'plain' ? {} : { cert: pki.server, ...versions }),
    password,
  });
  return {
    cell,
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    root: server.root,
    sessionReuseRequired: server.sessionReuseRequired,
    real: true,
    close: () => server.close(),
  };
}

/** The connection inputs every action takes, for this cell's server. */
export function connectionInputs(server: CellServer, pki: TestPki): Record<string, string> {
  const { security } = server.cell;
  return {
    server: server.host,
    port: String(server.port),
    username: server.user,
    password: server.password,
    protocol: security === 'plain' ? 'ftp' : security === 'implicit' ? 'ftps-implicit' : 'ftps',
    'tls-ca': security === 'plain' ? '' : pki.ca.certPem,
    timeout: '20',
    // Interop failures must show, not be retried away.
    retries: '0',
  };
}

/** Whether this machine can run the real servers, and the suite-name suffix that says so when it cannot. */
export function realServerSkip(kind: ServerKind): { skip: boolean; suffix: string } {
  if (kind === 'ftp-srv') return { skip: false, suffix: '' };
  const availability = realServersAvailable();
  if (availability.available) return { skip: false, suffix: '' };
  return { skip: true, suffix: ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}` };
}
