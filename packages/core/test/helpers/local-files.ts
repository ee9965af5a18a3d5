import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { UploadFileItem } from '@ftp-actions/core';

/** A scratch directory, removed by the returned function. */
export async function scratchDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ftp-actions-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `content` under `dir` and returns it as an upload item for `remotePath`. */
export async function localFile(dir: string, name: string, content: string | Buffer, remotePath: string): Promise<UploadFileItem> {
  const localPath = join(dir, name);
  await mkdir(dirname(localPath), { recursive: true });
  await writeFile(localPath, content);
  const size = Buffer.byteLength(content);
  return { localPath, remotePath, size, mtime: new Date('2023-05-06T07:08:09Z') };
}

/** A clock that moves only when told: monotonic milliseconds. */
export function manualClock(start = 0): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}
