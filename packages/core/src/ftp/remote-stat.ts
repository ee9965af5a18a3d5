/**
 * SIZE and MDTM of one remote file, for the few places that need them (a
 * resumed upload, an if-different download without MLSD times). Both answer
 * undefined when the server has nothing to give, instead of throwing: a
 * missing fact means "compare what we can", not "fail the file".
 */
import { FTPError } from 'basic-ftp';
import type { FtpClient } from './client-port.js';

/** SIZE of `path`, or undefined (no such file, SIZE not offered, an answer without a number). */
export async function remoteSize(client: FtpClient, path: string): Promise<number | undefined> {
  try {
    const reply = await client.send(`SIZE ${path}`);
    // Parsed here rather than with client.size(): ftp-srv answers SIZE of an
    // empty file with "213 File status", which that method turns into an error.
    const size = Number.parseInt(reply.message.slice(4), 10);
    return Number.isSafeInteger(size) && size >= 0 ? size : undefined;
  } catch (error) {
    if (error instanceof FTPError) return undefined;
    throw error;
  }
}

/** MDTM of `path` (UTC), or undefined when the server will not say. */
export async function remoteModifiedAt(client: FtpClient, path: string): Promise<Date | undefined> {
  try {
    const time = await client.lastMod(path);
    return Number.isNaN(time.getTime()) ? undefined : time;
  } catch (error) {
    if (error instanceof FTPError) return undefined;
    throw error;
  }
}

/** True when SIZE answers for `path` at all (any 2xx, even one without a usable number): a file is there. */
export async function remoteFileExists(client: FtpClient, path: string): Promise<boolean> {
  try {
    await client.send(`SIZE ${path}`);
    return true;
  } catch (error) {
    if (error instanceof FTPError) return false;
    throw error;
  }
}
