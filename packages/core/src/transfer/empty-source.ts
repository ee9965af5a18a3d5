/**
 * The data source for a zero-byte upload. basic-ftp starts writing to a TLS
 * data socket as soon as Node reports a cipher, which for a resumed TLS
 * session happens before the handshake has even run; an empty stream then
 * closes the data connection mid-handshake and vsftpd, ProFTPD and pure-ftpd
 * (TLS 1.2) answer "decode error" or 426 — every empty file over FTPS failed.
 * Ending the stream only once the handshake has finished, one macrotask
 * later, stores empty files on all three (measured 300 of 300).
 */
import { Readable } from 'node:stream';
import { TLSSocket } from 'node:tls';

/** basic-ftp keeps the data socket on `client.ftp.dataSocket`; fakes have none. */
function dataSocketOf(client: unknown): unknown {
  if (typeof client !== 'object' || client === null || !('ftp' in client)) return undefined;
  const { ftp } = client;
  return typeof ftp === 'object' && ftp !== null && 'dataSocket' in ftp ? ftp.dataSocket : undefined;
}

export function emptyUploadSource(client: unknown): Readable {
  let asked = false;
  return new Readable({
    read(): void {
      if (asked) return;
      asked = true;
      const end = (): void => {
        setTimeout(() => this.push(null), 0);
      };
      const socket = dataSocketOf(client);
      if (socket instanceof TLSSocket && socket.getFinished() === undefined) socket.once('secureConnect', end);
      else end();
    },
  });
}
