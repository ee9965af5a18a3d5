/**
 * Hands a connected TCP socket to basic-ftp as the data connection of the
 * next transfer, the way its own passive mode does: wrapped in TLS when the
 * control connection is, resuming the control connection's TLS session.
 * Shared by our passive (PASV) and active (EPRT/PORT) strategies, which
 * differ only in who opened the TCP connection.
 */
import type { Socket } from 'node:net';
import { connect as connectTls, TLSSocket } from 'node:tls';
import type { FTPContext } from 'basic-ftp';

/**
 * Sets `socket` as `ftp.dataSocket`. Over FTPS the client is the TLS client
 * on every data connection, also when the server opened the TCP connection
 * (active mode, RFC 4217 section 7), and it must resume the control
 * session: vsftpd and ProFTPD refuse data connections that do not.
 */
export function attachDataSocket(ftp: FTPContext, socket: Socket): void {
  if (!(ftp.socket instanceof TLSSocket)) {
    ftp.dataSocket = socket;
    return;
  }
  const secured = connectTls({ ...ftp.tlsOptions, socket, session: ftp.tlsSessionStore ?? ftp.socket.getSession() });
  // TLS 1.3 tickets are single-use: keep the newest for the next data connection.
  secured.on('session', (session: Buffer) => {
    ftp.tlsSessionStore = session;
  });
  ftp.dataSocket = secured;
}

/** The address without the `::ffff:` prefix a dual-stack socket gives IPv4 peers. */
export function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}
