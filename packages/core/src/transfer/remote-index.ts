/**
 * What already exists where an upload will write, for `overwrite: never` and
 * `if-different`: one listing per target directory, in parallel across the
 * pool, instead of a SIZE per file. Directories made by this run are empty
 * and are not listed at all.
 */
import { FileType } from 'basic-ftp';
import type { ClientPool } from '../ftp/client-port.js';
import { listRemoteDirectory } from '../ftp/list-remote.js';
import { isSafeName } from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import type { RemoteFacts } from './overwrite.js';

/** Absolute remote path → what is there, for every entry of `dirs`. */
export async function indexRemoteFiles(pool: ClientPool, dirs: Iterable<string>, log: Logger): Promise<Map<string, RemoteFacts>> {
  const index = new Map<string, RemoteFacts>();
  await Promise.all(
    [...new Set(dirs)].map(async (dir) => {
      // Every target directory was just checked or created.
      const listing = await pool.run(`listing of ${dir}`, (client) => listRemoteDirectory(client, dir, { exists: true }));
      for (const info of listing) {
        // Only looked up by our own (safe) names; an odd name cannot match one, so it is just left out.
        if (!isSafeName(info.name)) {
          log.debug(`Ignoring the entry ${JSON.stringify(info.name)} listed in ${dir}`);
          continue;
        }
        index.set(dir === '/' ? `/${info.name}` : `${dir}/${info.name}`, {
          size: info.size,
          isDirectory: info.type === FileType.Directory,
        });
      }
    }),
  );
  return index;
}
