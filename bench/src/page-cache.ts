/**
 * Puts a run's input in the page cache before the run is timed, so that no
 * tool pays for reading from disk what an earlier tool's run read from
 * memory.
 *
 * Why: a machine may page out memory that sits unused, page cache
 * included. This one runs DAMON with a `pageout` scheme (memory idle for
 * about 6 s, up to 128 MiB a second; see /sys/kernel/mm/damon/admin):
 * `fincore` showed 10 MB of the large file gone from the cache 25 s after
 * it was read. Whichever tool came first after a pause would read that back
 * from disk, for itself and for the tool after it.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const readBytes = 1024 * 1024;

/** Reads `path` once, or every file under it, through one reused buffer. */
export async function warmPageCache(path: string): Promise<void> {
  const buffer = Buffer.allocUnsafe(readBytes);
  if ((await stat(path)).isFile()) {
    await readThrough(path, buffer);
    return;
  }
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) await readThrough(join(entry.parentPath, entry.name), buffer);
}

async function readThrough(file: string, buffer: Buffer): Promise<void> {
  const handle = await open(file, 'r');
  try {
    while ((await handle.read(buffer, 0, buffer.length, null)).bytesRead > 0);
  } finally {
    await handle.close();
  }
}
