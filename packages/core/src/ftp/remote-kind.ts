/**
 * Finds out whether remote paths exist, and as what, without changing the
 * working directory. Needed where a server's answer is ambiguous: MKD of an
 * existing directory fails like MKD without permission (550), and LIST of a
 * missing directory answers an empty 226 on some servers and 450/451/550 on
 * others.
 *
 * Two ways, cheapest first:
 * - `MLST path` (one round trip, no data connection) where the server offers
 *   it. connect.ts puts MLSD in `availableListCommands` exactly when FEAT lists
 *   MLST, so that is what we look at.
 * - else a listing of the parent, looking for the name. It works on every
 *   server, costs a data connection, and one listing answers for every sibling.
 *   A parent that cannot be listed is itself checked the same way: when it is
 *   missing, so are its children; when it exists, the listing's error stands.
 */
import { FileType, FTPError } from 'basic-ftp';
import type { FtpClient } from './client-port.js';
import { remoteBasename, remoteParent } from './remote-path.js';

/** What a path names on the server. A symbolic link counts as a directory: it can be used as one. */
export type RemoteKind = 'directory' | 'file' | 'missing';

/** Replies that mean "this command is not implemented here". */
const notImplemented = new Set([500, 502, 504]);

/** Clients whose server listed MLST in FEAT but then refused it; asked once, not per path. */
const mlstRefused = new WeakSet<FtpClient>();

/** True when this client's server answers MLST (see connect.ts). */
function offersMlst(client: FtpClient): boolean {
  return client.availableListCommands.includes('MLSD') && !mlstRefused.has(client);
}

/** Reads the `type` fact of an MLST reply: ` type=dir;size=0; /path`. */
export function kindFromMlst(message: string): RemoteKind {
  const type = /(?:^|[\s;])type=([^;\s]+)/i.exec(message)?.[1]?.toLowerCase();
  if (type === undefined) return 'file';
  if (type === 'dir' || type === 'cdir' || type === 'pdir' || type.startsWith('os.unix=slink')) return 'directory';
  return 'file';
}

async function kindByMlst(client: FtpClient, path: string): Promise<RemoteKind | undefined> {
  try {
    return kindFromMlst((await client.send(`MLST ${path}`)).message);
  } catch (error) {
    if (!(error instanceof FTPError)) throw error;
    // FEAT promised MLST but the server does not do it: fall back to listings.
    if (notImplemented.has(error.code)) {
      mlstRefused.add(client);
      return undefined;
    }
    return 'missing';
  }
}

/** Kinds of `names` inside `dir`, from one listing of `dir`. */
async function kindsInDirectory(client: FtpClient, dir: string, names: readonly string[]): Promise<Map<string, RemoteKind>> {
  const kinds = new Map<string, RemoteKind>();
  let listing;
  try {
    listing = await client.list(dir);
  } catch (error) {
    if (!(error instanceof FTPError)) throw error;
    // Unlistable: either the directory is missing (then so is everything in
    // it) or it exists and refuses listing, which we must not hide.
    if ((await findRemoteKinds(client, [dir])).get(dir) !== 'missing') throw error;
    for (const name of names) kinds.set(name, 'missing');
    return kinds;
  }
  const wanted = new Set(names);
  for (const info of listing) {
    if (!wanted.has(info.name)) continue;
    kinds.set(info.name, info.type === FileType.Directory || info.type === FileType.SymbolicLink ? 'directory' : 'file');
  }
  for (const name of names) if (!kinds.has(name)) kinds.set(name, 'missing');
  return kinds;
}

/**
 * The kind of each absolute path in `paths`. `/` always exists. Uses one
 * client, one command at a time; run it inside a pool task.
 */
export async function findRemoteKinds(client: FtpClient, paths: readonly string[]): Promise<Map<string, RemoteKind>> {
  const result = new Map<string, RemoteKind>();
  const byParent = new Map<string, string[]>();
  for (const path of paths) {
    if (path === '/') {
      result.set(path, 'directory');
      continue;
    }
    if (offersMlst(client)) {
      const kind = await kindByMlst(client, path);
      if (kind !== undefined) {
        result.set(path, kind);
        continue;
      }
    }
    const parent = remoteParent(path);
    byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
  }
  for (const [parent, children] of byParent) {
    const kinds = await kindsInDirectory(client, parent, children.map(remoteBasename));
    for (const child of children) result.set(child, kinds.get(remoteBasename(child)) ?? 'missing');
  }
  return result;
}
