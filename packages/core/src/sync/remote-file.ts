/**
 * The small files a sync keeps on the server (its state and its lock): read
 * whole into memory, written atomically (a temporary name in the same
 * directory, then RNFR/RNTO, so a reader sees the old content or the new,
 * never half), removed. Writes take the upload's short paths: data sent
 * without waiting for the 150, RNFR and RNTO in one round trip.
 */
import { FTPError } from 'basic-ftp';
import { TransferError } from '../errors.js';
import type { ClientPool, FtpClient } from '../ftp/client-port.js';
import { ensureRemoteDir } from '../ftp/ensure-dirs.js';
import { describeError } from '../ftp/reply.js';
import { joinRemote, remoteBasename, remoteParent } from '../ftp/remote-path.js';
import { renameWritten } from '../ftp/rename-together.js';
import { storeBuffer } from '../ftp/store.js';
import type { Logger } from '../logger.js';
import { readRemoteText, type ReadTextOptions } from '../transfer/read-remote-text.js';
import { temporaryName } from '../transfer/temp-name.js';

/**
 * RETR or DELE of a path that is not there: 550 on vsftpd, pure-ftpd and
 * ProFTPD, 551 on ftp-srv (its answer to any file-system error), 450 on some
 * Windows servers.
 */
const missingCodes = new Set([450, 550, 551]);
/** MKD-less STOR into a directory that does not exist. */
const noDirectoryCodes = new Set([550, 553]);

/** The text of `path`, or undefined when there is no such file. */
export async function readRemoteFile(
  pool: ClientPool,
  path: string,
  maxBytes: number,
  options: ReadTextOptions = {},
): Promise<string | undefined> {
  try {
    return await readRemoteText(pool, path, maxBytes, options);
  } catch (error) {
    if (error instanceof TransferError && error.code !== undefined && missingCodes.has(error.code)) return undefined;
    throw error;
  }
}

async function storeAndRename(
  pool: ClientPool,
  path: string,
  content: Buffer,
  log: Logger,
  beforeRename: (() => Promise<void>) | undefined,
): Promise<void> {
  const temp = joinRemote(remoteParent(path), temporaryName(remoteBasename(path)));
  if (beforeRename !== undefined) {
    // Stored, then the connection is let go while waiting: what is awaited may need it.
    await pool.run(`writing ${path}`, (client) => storeBuffer(client, content, temp));
    try {
      await beforeRename();
    } catch (error) {
      // Best effort, as after a refused rename: a leftover is cleaned up by the next sync.
      await pool
        .use((client) => removeTemporary(client, temp, log))
        .catch((cleanup: unknown) => log.debug(`Could not remove ${temp}: ${describeError(cleanup)}`));
      throw error;
    }
  }
  await pool.run(`writing ${path}`, async (client) => {
    if (beforeRename === undefined) await storeBuffer(client, content, temp);
    try {
      await renameWritten(client, temp, path);
    } catch (error) {
      if (error instanceof FTPError) await removeTemporary(client, temp, log);
      throw error;
    }
  });
}

/** Best effort: a leftover temporary file is cleaned up by the next sync, so a failure here is only logged. */
async function removeTemporary(client: FtpClient, temp: string, log: Logger): Promise<void> {
  try {
    await client.send(`DELE ${temp}`);
  } catch (error) {
    if (!(error instanceof FTPError)) throw error;
    log.debug(`Could not remove ${temp}: ${error.message}`);
  }
}

/**
 * Writes `text` to `path` atomically. With `beforeRename`, the content is
 * stored under its temporary name first, and put in place only once
 * `beforeRename` resolves (a lock proved ours); when it throws, the
 * temporary file is removed and the error thrown. When its directory may be missing (the
 * first sync to a new remote-dir, a state file kept elsewhere) pass
 * `parentKnown: false`: the directory is made sure of first, because a STOR
 * into a missing directory is not refused cleanly everywhere (ftp-srv
 * answers 150, then 550, and trips over its own clean-up). A refusal that
 * still says "no such directory" creates it and tries once more.
 */
export async function writeRemoteFile(
  pool: ClientPool,
  path: string,
  text: string,
  log: Logger,
  parentKnown = true,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const content = Buffer.from(text, 'utf8');
  if (!parentKnown) await ensureRemoteDir(pool, remoteParent(path), log);
  try {
    await storeAndRename(pool, path, content, log, beforeRename);
  } catch (error) {
    if (!(error instanceof FTPError && noDirectoryCodes.has(error.code))) throw error;
    if ((await ensureRemoteDir(pool, remoteParent(path), log)) === 'existed') throw error;
    await storeAndRename(pool, path, content, log, beforeRename);
  }
}

/** Removes `path`; true when it was there to remove. */
export async function deleteRemoteFile(pool: ClientPool, path: string): Promise<boolean> {
  try {
    await pool.run(`deleting ${path}`, (client) => client.send(`DELE ${path}`));
    return true;
  } catch (error) {
    if (error instanceof FTPError && missingCodes.has(error.code)) return false;
    throw error;
  }
}
