/**
 * Sets modification times of remote files. FTP has no single command for it:
 * MFMT (an IETF draft; ProFTPD, pure-ftpd, FileZilla Server) where FEAT lists
 * it, else the two-argument `MDTM YYYYMMDDHHMMSS path` (vsftpd). Which one
 * works is found out once per run, on the first file, and used for the rest;
 * when neither works the user is told once, not once per file.
 */
import { FTPError } from 'basic-ftp';
import type { Logger } from '../logger.js';
import type { FtpClient } from './client-port.js';
import { describeError } from './reply.js';

type Method = 'MFMT' | 'MDTM' | 'none';

/** `YYYYMMDDHHMMSS` in UTC, the time format of MFMT, MDTM and MLSD. */
export function formatFtpTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:T]/g, '');
}

function command(method: 'MFMT' | 'MDTM', path: string, time: Date): string {
  return `${method} ${formatFtpTime(time)} ${path}`;
}

/** Whole seconds are all FTP keeps. */
function sameSecond(a: Date, b: Date): boolean {
  return Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
}

/** Sets remote modification times with whichever command the server accepts. One per run. */
export class RemoteTimeSetter {
  private method: Promise<Method> | undefined;

  constructor(private readonly log: Logger) {}

  /**
   * Sets the time of `path`. Never throws: a time that cannot be set is a
   * warning (once for the whole run when the server cannot do it at all).
   */
  async set(client: FtpClient, path: string, time: Date): Promise<void> {
    try {
      const decided = this.method;
      if (decided === undefined) {
        const probing = this.probe(client, path, time);
        this.method = probing;
        // A lost connection decides nothing: let the next file find out again.
        void probing.catch(() => {
          if (this.method === probing) this.method = undefined;
        });
        await probing;
        return;
      }
      const method = await decided.catch(() => 'retry' as const);
      if (method === 'retry') return await this.set(client, path, time);
      if (method !== 'none') await client.send(command(method, path, time));
    } catch (error) {
      this.log.warning(`Could not set the modification time of ${path}: ${describeError(error)}`);
    }
  }

  /** Tries the commands on the first file; whatever works is used for the rest. */
  private async probe(client: FtpClient, path: string, time: Date): Promise<Method> {
    const features = await client.features();
    const candidates: ('MFMT' | 'MDTM')[] = features.has('MFMT') ? ['MFMT', 'MDTM'] : ['MDTM'];
    const refusals: string[] = [];
    for (const candidate of candidates) {
      try {
        await client.send(command(candidate, path, time));
        // A server may take the two-argument MDTM as a plain query and answer
        // 213 with the old time; read it back once before trusting it.
        if (candidate === 'MDTM' && !sameSecond(await client.lastMod(path), time)) {
          refusals.push('MDTM with a time was answered but the time did not change');
          continue;
        }
        this.log.debug(`Setting remote modification times with ${candidate}`);
        return candidate;
      } catch (error) {
        if (!(error instanceof FTPError)) throw error;
        refusals.push(`${candidate}: ${describeError(error)}`);
      }
    }
    this.log.warning(
      `The server cannot set modification times (${refusals.join('; ')}); uploaded files keep the time of upload. ` +
        'Turn preserve-mtime off to silence this warning.',
    );
    return 'none';
  }
}
