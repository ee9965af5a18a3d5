/**
 * The data sets, written at run time into a temp dir. Content is random
 * (incompressible, so no tool gains from compression) and fixed by a seed
 * per file, so every run of a set has the same bytes.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type DataSetName = 'small' | 'mixed' | 'large' | 'many' | 'single';

export interface DataFile {
  /** '/'-separated, relative to the set's root. */
  readonly path: string;
  readonly size: number;
}

export interface DataSet {
  readonly name: DataSetName;
  /** What the set is, for the report ("2,000 × 4 KiB in 50 folders"). */
  readonly description: string;
  readonly root: string;
  readonly files: readonly DataFile[];
  readonly dirs: readonly string[];
  readonly bytes: number;
}

const KIB = 1024;
const MIB = 1024 * KIB;

/** Deterministic pseudo-random bytes: AES-256-CTR over zeros, keyed by the seed (fast, and the same on every machine). */
function bytesFor(seed: string, size: number): Buffer {
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

export interface SetSpec {
  name: DataSetName;
  files: number;
  folders: number;
  /** Sizes in bytes, one per file, or a function of the index. */
  size: (index: number) => number;
  description: string;
}

/** Sizes from 1 KiB to 5 MiB, spread log-uniformly, fixed by the index. */
function mixedSize(index: number): number {
  const min = Math.log(KIB);
  const max = Math.log(5 * MIB);
  // A fixed low-discrepancy sequence rather than Math.random: same sizes every run.
  const u = (index * 0.6180339887498949) % 1;
  return Math.round(Math.exp(min + u * (max - min)));
}

export function specFor(name: DataSetName, quick: boolean): SetSpec {
  switch (name) {
    case 'small':
      return quick
        ? {
            name,
            files: 80,
            folders: 2,
            size: () => 4 * KIB,
            description: '80 × 4 KiB in 2 folders (quick: 4% of `small`, 40 files per folder as in the full set)',
          }
        : { name, files: 2000, folders: 50, size: () => 4 * KIB, description: '2,000 × 4 KiB in 50 folders' };
    case 'mixed':
      return { name, files: 500, folders: 10, size: mixedSize, description: '500 files, 1 KiB to 5 MiB (log-uniform), in 10 folders' };
    case 'large':
      return { name, files: 1, folders: 0, size: () => 512 * MIB, description: 'one file of 512 MiB' };
    case 'single':
      return { name, files: 1, folders: 0, size: () => 32 * MIB, description: 'one file of 32 MiB (quick stand-in for `large`)' };
    case 'many':
      return { name, files: 20000, folders: 100, size: () => KIB, description: '20,000 × 1 KiB in 100 folders' };
  }
}

export async function buildDataSet(base: string, spec: SetSpec): Promise<DataSet> {
  const root = join(base, spec.name);
  await mkdir(root, { recursive: true });
  const dirs: string[] = [];
  for (let folder = 0; folder < spec.folders; folder += 1) {
    const dir = `d${String(folder).padStart(3, '0')}`;
    dirs.push(dir);
    await mkdir(join(root, dir), { recursive: true });
  }
  const files: DataFile[] = [];
  let bytes = 0;
  for (let index = 0; index < spec.files; index += 1) {
    const size = spec.size(index);
    const name = `f${String(index).padStart(5, '0')}.bin`;
    const path = spec.folders === 0 ? name : `${dirs[index % spec.folders] ?? ''}/${name}`;
    files.push({ path, size });
    bytes += size;
  }
  if (spec.name === 'large' || spec.name === 'single') {
    // Written in 8 MiB blocks so the set costs no more memory than one block.
    const file = files[0];
    if (file === undefined) throw new Error('no file in a single-file set');
    const handle = await open(join(root, file.path), 'w');
    try {
      for (let written = 0; written < file.size; written += 8 * MIB) {
        await handle.write(bytesFor(`${spec.name}:${written}`, Math.min(8 * MIB, file.size - written)));
      }
    } finally {
      await handle.close();
    }
  } else {
    // A few writes at a time: 20,000 files one by one take too long, all at once too many descriptors.
    const queue = [...files];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          await writeFile(join(root, file.path), bytesFor(`${spec.name}:${file.path}`, file.size));
        }
      }),
    );
  }
  return { name: spec.name, description: spec.description, root, files, dirs, bytes };
}
