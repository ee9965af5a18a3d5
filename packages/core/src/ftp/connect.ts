/**
 * Opens one logged-in basic-ftp client: TCP (or implicit TLS), AUTH TLS for
 * explicit FTPS, login, and the few settings every session needs. Each step
 * is timed and each failure classified, so the health gate can report
 * "connect took 40 ms, login failed with 530" rather than "error".
 */
import { TLSSocket, type ConnectionOptions } from 'node:tls';
import { Client, FTPError, type FTPResponse } from 'basic-ftp';
import { TlsError } from '../errors.js';
import { redact, type Logger } from '../logger.js';
import type { ConnectionSettings } from '../settings/connection.js';
import { applyDataMode } from './data-mode.js';
import { toFtpActionError, type FailureStage } from './failure.js';
import { maxListingBytes, watchListings } from './listing-watch.js';
import { sendTogether } from './pipeline.js';
import { buildTlsOptions, checkPinnedFingerprint, readTlsDetails, type TlsDetails } from './tls.js';
import { optionsFor, rememberGroup } from './tls-key-share.js';

/** FEAT's answer: feature name (upper case) to its parameters. */
export type ServerFeatures = ReadonlyMap<string, string>;

export interface OpenedConnection {
  readonly client: Client;
  /** The server's greeting (first reply). */
  readonly welcome: string;
  /** TCP connect, greeting and TLS negotiation, in milliseconds. */
  readonly connectMs: number;
  /** USER/PASS and session settings, in milliseconds. */
  readonly loginMs: number;
  readonly tls: TlsDetails | undefined;
  readonly features: ServerFeatures;
}

/** Filled in as the steps succeed, so a caller can still report them when a later step fails. */
export interface ConnectProgress {
  connectMs?: number;
  tls?: TlsDetails;
}

export interface ConnectDeps {
  readonly log: Logger;
  readonly progress?: ConnectProgress;
  /** Milliseconds, monotonic; injectable for tests. */
  readonly now?: () => number;
}

/** Sends basic-ftp's protocol trace to the debug log, secrets masked. */
function attachProtocolTrace(client: Client, settings: ConnectionSettings, log: Logger): void {
  if (log.level !== 'debug') return;
  client.ftp.verbose = true;
  // basic-ftp already writes "PASS ###"; redacting again guards every other line.
  client.ftp.log = (message: string) => log.debug(redact(message, [settings.password]));
}

function anonymousPassword(settings: ConnectionSettings): string {
  return settings.password === '' && settings.username === 'anonymous' ? 'anonymous@' : settings.password;
}

/**
 * Connects, secures and logs in. On failure the client is closed and the
 * error is one of the pack's classes (connection, TLS, authentication).
 */
export async function openConnection(settings: ConnectionSettings, deps: ConnectDeps): Promise<OpenedConnection> {
  const now = deps.now ?? (() => performance.now());
  const client = new Client(settings.timeoutMs, { maxListingBytes });
  client.ftp.encoding = settings.encoding;
  attachProtocolTrace(client, settings, deps.log);
  const server = `${settings.host}:${settings.port}`;
  // Key shares the server takes, so no handshake pays a HelloRetryRequest (see tls-key-share.ts).
  // Built only for a handshake: the key-share probe is OpenSSL's first context
  // of the process, which plain FTP has no use for.
  const tlsOptions = (): ConnectionOptions => optionsFor(server, buildTlsOptions(settings));
  let stage: FailureStage = 'connect';
  try {
    const started = now();
    const welcome =
      settings.protocol === 'ftps-implicit'
        ? await client.connectImplicitTLS(settings.host, settings.port, tlsOptions())
        : await client.connect(settings.host, settings.port);
    if (settings.protocol === 'ftps') {
      stage = 'tls';
      await client.useTLS(tlsOptions());
    }
    let tls: TlsDetails | undefined;
    if (settings.protocol !== 'ftp') {
      const socket = client.ftp.socket;
      if (!(socket instanceof TLSSocket)) {
        throw new TlsError(`TLS was not established with ${settings.host}:${settings.port}`);
      }
      tls = readTlsDetails(socket);
      rememberGroup(server, socket);
      if (deps.progress) deps.progress.tls = tls;
      checkPinnedFingerprint(settings, tls);
    }
    const connectMs = now() - started;
    if (deps.progress) deps.progress.connectMs = connectMs;

    stage = 'login';
    const loginStarted = now();
    await client.login(settings.username, anonymousPassword(settings));
    stage = 'command';
    const features = await applySessionSettings(client, settings);
    applyDataMode(client, settings);
    watchListings(client);
    const loginMs = now() - loginStarted;
    return { client, welcome: welcome.message, connectMs, loginMs, tls, features };
  } catch (error) {
    client.close();
    throw toFtpActionError(error, {
      host: settings.host,
      port: settings.port,
      stage,
      timeoutMs: settings.timeoutMs,
      username: settings.username,
    });
  }
}

/**
 * What basic-ftp's `useDefaultSettings` does, minus the round trips that
 * change nothing (STRU F is the default): FEAT, then in one round trip
 * (see `pipeline.ts`) TYPE I, OPTS UTF8 ON when the user chose utf8 (a
 * server without it refuses it harmlessly; its reply is ignored), and
 * PBSZ 0 + PROT P over TLS. FEAT goes alone: ftp-srv writes the replies of
 * commands sent with it between the lines of its multi-line FEAT reply.
 * The others are idempotent, so if any reply is not the plain yes expected
 * (a server that answers out of order), TYPE I and PROT P are simply sent
 * again one at a time. Strict about PROT P: a server that will not protect
 * data connections is refused, never used in clear.
 */
async function applySessionSettings(client: Client, settings: ConnectionSettings): Promise<ServerFeatures> {
  const features = parseFeatures(await client.sendIgnoringError('FEAT'));
  client.availableListCommands = features.has('MLST') ? ['MLSD', 'LIST -a', 'LIST'] : ['LIST -a', 'LIST'];
  const tls = client.ftp.hasTLS;
  const utf8 = settings.encoding === 'utf8' ? ['OPTS UTF8 ON'] : [];
  const commands = ['TYPE I', ...utf8, ...(tls ? ['PBSZ 0', 'PROT P'] : [])];
  const replies = await sendTogether(client.ftp, commands);
  const plainYes = replies.every(
    (reply, index) => commands[index] === 'OPTS UTF8 ON' || (!(reply instanceof FTPError) && reply.code >= 200 && reply.code < 300),
  );
  if (plainYes) return features;

  await client.send('TYPE I');
  if (tls) {
    await client.sendIgnoringError('PBSZ 0');
    const prot = await client.sendIgnoringError('PROT P');
    if (prot.code >= 400) {
      throw new TlsError(
        `${settings.host}:${settings.port} refused to encrypt data connections (PROT P answered ${prot.code} ${prot.message})`,
        {
          code: prot.code,
          hint: 'The server only protects the control connection; ask its operator to allow PROT P, or use protocol ftp knowingly.',
        },
      );
    }
  }
  return features;
}

/** FEAT's reply as basic-ftp's `features()` reads it: one entry per line between the first and the last, name and first parameter. */
function parseFeatures(reply: FTPResponse): Map<string, string> {
  const features = new Map<string, string>();
  if (reply.code >= 400) return features;
  const lines = reply.message.split('\n');
  if (lines.length < 3) return features;
  for (const line of lines.slice(1, -1)) {
    const [name = '', parameter = ''] = line.trim().split(' ');
    if (name !== '') features.set(name, parameter);
  }
  return features;
}
