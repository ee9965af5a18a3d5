/**
 * Hands a TCP socket (connected, or still connecting in passive mode) to
 * basic-ftp as the data connection of the next transfer, the way its own passive mode does: wrapped in TLS when the
 * control connection is, resuming the control connection's TLS session.
 * Shared by our passive (PASV) and active (EPRT/PORT) strategies, which
 * differ only in who opened the TCP connection.
 */
import type { OnReadOpts, Socket } from 'node:net';
import { checkServerIdentity, connect as connectTls, TLSSocket, type PeerCertificate, type SecureContext } from 'node:tls';
import type { FTPContext } from 'basic-ftp';
import { contextPreferring, negotiatedGroup } from './tls-key-share.js';

/**
 * Sets `socket` as `ftp.dataSocket`. Over FTPS the client is the TLS client
 * on every data connection, also when the server opened the TCP connection
 * (active mode, RFC 4217 section 7), and it must resume the control
 * session: vsftpd and ProFTPD refuse data connections that do not.
 */
export function attachDataSocket(ftp: FTPContext, socket: Socket): void {
  if (!(ftp.socket instanceof TLSSocket)) {
    setDataSocket(ftp, socket);
    return;
  }
  const secured = connectTls({ ...ftp.tlsOptions, ...resumingControlSession(ftp), socket });
  keepNewestSession(ftp, secured);
  // basic-ftp removes every listener of a data socket it is done with, Node's
  // own among them, which frees the connection's OpenSSL state on close: the
  // state then waited for a garbage collection, and 20,000 small files over
  // FTPS held 600 MB. The TCP socket below keeps its listeners.
  socket.once('close', () => setImmediate(() => freeTlsState(secured)));
  setDataSocket(ftp, secured);
}

/**
 * A passive TLS data connection that `tls.connect` opens itself (not over a
 * TCP socket of ours), because only then does Node apply `onread`: the
 * decrypted data goes into `onread`'s buffers instead of a fresh 16 KiB
 * buffer per TLS record. Hand it to basic-ftp with `setDataSocket` once it
 * may carry data. Resumes the control connection's session, as
 * `attachDataSocket` does.
 */
export function connectTlsDataSocket(ftp: FTPContext, host: string, port: number, onread: OnReadOpts): TLSSocket {
  // The certificate is checked against the name it was checked against over a
  // TCP socket of ours (the configured host), not the address connected to.
  const identity = ftp.tlsOptions.servername ?? ftp.tlsOptions.host ?? host;
  const check = ftp.tlsOptions.checkServerIdentity ?? checkServerIdentity;
  // (Node's types leave `onread` out of the TLS options; `tls.connect` takes it.)
  const options = {
    ...ftp.tlsOptions,
    ...resumingControlSession(ftp),
    host,
    port,
    onread,
    checkServerIdentity: (_connectedTo: string, certificate: PeerCertificate) => check(identity, certificate),
  };
  const secured = connectTls(options);
  keepNewestSession(ftp, secured);
  // Unlike a TLS layer over a TCP socket of ours (see `attachDataSocket`),
  // Node frees this socket's OpenSSL state itself when it closes, also after
  // basic-ftp has removed its listeners (measured under Node 24).
  return secured;
}

/** The shared TLS context and the session to resume, for a data connection of `ftp` (over TLS). */
function resumingControlSession(ftp: FTPContext): { secureContext: SecureContext; session: Buffer | undefined } {
  return { secureContext: dataSecureContext(ftp), session: ftp.tlsSessionStore ?? (ftp.socket as TLSSocket).getSession() };
}

/** TLS 1.3 tickets are single-use: keep the newest for the next data connection. */
function keepNewestSession(ftp: FTPContext, secured: TLSSocket): void {
  secured.on('session', (session: Buffer) => {
    ftp.tlsSessionStore = session;
  });
}

/**
 * One TLS context for all of a session's data connections. Without it Node
 * makes a context per connection, parsing the trusted CA certificates each
 * time, and frees it only with the connection's garbage. It offers first the
 * key-exchange group the control connection's handshake settled on, so no
 * data connection pays a HelloRetryRequest (see `tls-key-share.ts`).
 */
const dataContexts = new WeakMap<FTPContext, SecureContext>();

function dataSecureContext(ftp: FTPContext): SecureContext {
  let context = dataContexts.get(ftp);
  if (context === undefined) {
    const control = ftp.socket instanceof TLSSocket ? ftp.socket : undefined;
    context = contextPreferring(ftp.tlsOptions, control === undefined ? undefined : negotiatedGroup(control));
    dataContexts.set(ftp, context);
  }
  return context;
}

/** What Node's TLSSocket does on close (`_destroySSL`), where basic-ftp took its listener away. */
function freeTlsState(socket: TLSSocket): void {
  const internals = socket as unknown as { _destroySSL?: () => void };
  internals._destroySSL?.();
}

type Listener = (...args: unknown[]) => void;

/** How long a failed data connection waits for the server's reply before the session is given up. */
const REPLY_GRACE_MS = 2000;

/**
 * Sets `socket` as `ftp.dataSocket`, with one change to basic-ftp's
 * handling: basic-ftp closes the whole session on any data-socket error at
 * once, but a data connection that fails because the server refused the
 * command (a 550 for RETR of a missing file, a 553 for STOR into a
 * read-only folder) is reset at about the moment the reply comes, and the
 * reply is what says why, and whether a retry can help. So the session is
 * closed only if no reply has settled the transfer within a short grace.
 * (A transfer already under way still fails at once: its stream reports
 * the error to basic-ftp's transfer handler.)
 */
export function setDataSocket(ftp: FTPContext, socket: Socket): void {
  const before = { error: socket.listeners('error'), close: socket.listeners('close') };
  ftp.dataSocket = socket;
  for (const listener of socket.listeners('error'))
    if (!before.error.includes(listener)) socket.removeListener('error', listener as Listener);
  for (const listener of socket.listeners('close'))
    if (!before.close.includes(listener)) socket.removeListener('close', listener as Listener);
  socket.once('error', (error: Error) => {
    const timer = setTimeout(
      () => {
        if (ftp.dataSocket === socket) ftp.closeWithError(new Error(`${error.message} (data socket)`, { cause: error }));
      },
      Math.min(REPLY_GRACE_MS, ftp.timeout || REPLY_GRACE_MS),
    );
    timer.unref();
  });
}

/** The address without the `::ffff:` prefix a dual-stack socket gives IPv4 peers. */
export function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
