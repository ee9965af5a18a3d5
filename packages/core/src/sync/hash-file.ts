/**
 * Content hashes of local files, streamed: a file is read once, in chunks,
 * whatever its size, and every algorithm asked for is fed from the same read.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { HashAlgorithm } from './types.js';

/** Feeds chunks to one algorithm and gives its lower-case hex digest. */
interface Digester {
  update(chunk: Buffer): void;
  digest(): string;
}

function cryptoDigester(hash: Hash): Digester {
  return { update: (chunk) => hash.update(chunk), digest: () => hash.digest('hex') };
}

/** CRC-32 (as XCRC reports it): zlib's, carried across chunks. */
function crcDigester(): Digester {
  let value = 0;
  return {
    update: (chunk) => {
      value = crc32(chunk, value);
    },
    digest: () => value.toString(16).padStart(8, '0'),
  };
}

function digesterFor(algorithm: HashAlgorithm): Digester {
  return algorithm === 'crc32' ? crcDigester() : cryptoDigester(createHash(algorithm));
}

/**
 * Files up to this size are read in one call: a stream costs several times
 * more per file than the bytes, and a push hashes thousands of small files.
 */
const wholeReadMaxBytes = 1024 * 1024;

/**
 * The digests of the file at `path` for each of `algorithms`, in one read.
 * `size` (from the walk's stat) lets a small file be read whole; without it,
 * or for a larger one, the file is streamed.
 */
export async function hashFile(
  path: string,
  algorithms: readonly HashAlgorithm[],
  size?: number,
): Promise<Partial<Record<HashAlgorithm, string>>> {
  const digesters = algorithms.map((algorithm) => [algorithm, digesterFor(algorithm)] as const);
  if (size !== undefined && size <= wholeReadMaxBytes) {
    // A file that grew since the stat is still hashed whole: what was read is what the digest is of.
    const bytes = await readFile(path);
    for (const [, digester] of digesters) digester.update(bytes);
  } else {
    for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
      const buffer = chunk as Buffer;
      for (const [, digester] of digesters) digester.update(buffer);
    }
  }
  const result: Partial<Record<HashAlgorithm, string>> = {};
  for (const [algorithm, digester] of digesters) result[algorithm] = digester.digest();
  return result;
}

/** The digests of bytes in memory, for tests and small contents. */
export function hashBytes(bytes: Buffer, algorithm: HashAlgorithm): string {
  const digester = digesterFor(algorithm);
  digester.update(bytes);
  return digester.digest();
}
