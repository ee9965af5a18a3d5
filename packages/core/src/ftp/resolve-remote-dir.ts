/**
 * Turns the remote-dir input into an absolute path. Users often write a path
 * relative to the login directory ("www", "public_html"); the engines work
 * with absolute paths only (no CWD dance), so a relative one is joined to
 * the directory PWD reports after login.
 */
import { isAbsoluteRemote, joinRemote, normalizeRemote } from './remote-path.js';
import type { ClientPool } from './client-port.js';

/** Parses the directory out of a 257 reply: `257 "/home/deploy" is the current directory`. */
export function parsePwdReply(message: string): string | undefined {
  const match = /"((?:[^"]|"")*)"/.exec(message);
  return match?.[1]?.replace(/""/g, '"');
}

export async function resolveRemoteDir(pool: ClientPool, dir: string): Promise<string> {
  if (isAbsoluteRemote(dir)) return normalizeRemote(dir);
  const home = await pool.run('PWD', async (client) => parsePwdReply((await client.send('PWD')).message));
  const base = home !== undefined && isAbsoluteRemote(home) ? home : '/';
  return dir === '' || dir === '.' ? normalizeRemote(base) : joinRemote(base, dir);
}
