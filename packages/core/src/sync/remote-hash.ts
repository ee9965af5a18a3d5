/**
 * Checksums computed by the server, for `compare: checksum` and for adopting
 * files on a first sync. FTP has no standard command: HASH (an IETF draft,
 * the algorithm chosen with OPTS HASH) and the older XSHA256, XSHA1, XMD5
 * and XCRC (ProFTPD's mod_digest, FileZilla and others). The method is
 * chosen from FEAT, strongest first, and only when FEAT offers it: a command
 * a server does not announce is not worth a round trip per file.
 */
import { FTPError } from 'basic-ftp';
import type { ServerFeatures } from '../ftp/connect.js';
import type { ClientPool, FtpClient } from '../ftp/client-port.js';
import { joinRemote } from '../ftp/remote-path.js';
import { hashAlgorithmNames, type HashAlgorithm } from './types.js';

/** How to ask this server for a file's checksum. */
export interface HashMethod {
  readonly command: 'HASH' | 'XSHA256' | 'XSHA1' | 'XMD5' | 'XCRC';
  readonly algorithm: HashAlgorithm;
  /** For HASH: the name to select with OPTS HASH when the server's current choice differs. */
  readonly select?: string;
}

/** HASH algorithm names (as FEAT lists them) we can compute locally, best first. */
const hashNames: readonly (readonly [string, HashAlgorithm])[] = [
  ['SHA-256', 'sha256'],
  ['SHA-1', 'sha1'],
  ['MD5', 'md5'],
  ['CRC32', 'crc32'],
];

const legacyCommands: readonly HashMethod[] = [
  { command: 'XSHA256', algorithm: 'sha256' },
  { command: 'XSHA1', algorithm: 'sha1' },
  { command: 'XMD5', algorithm: 'md5' },
  { command: 'XCRC', algorithm: 'crc32' },
];

const hexLength: Record<HashAlgorithm, number> = { sha256: 64, sha1: 40, md5: 32, crc32: 8 };

function feature(features: ServerFeatures, name: string): string | undefined {
  for (const [key, value] of features) if (key.toUpperCase() === name) return value;
  return undefined;
}

/**
 * The best hash command FEAT offers, or undefined when it offers none.
 * `HASH SHA-1;SHA-256*;MD5` lists HASH's algorithms, `*` marking the one in use.
 */
export function chooseHashMethod(features: ServerFeatures): HashMethod | undefined {
  const hash = feature(features, 'HASH');
  if (hash !== undefined) {
    const offered = hash
      .split(';')
      .map((name) => name.trim().toUpperCase())
      .filter((name) => name !== '');
    const selected = offered.find((name) => name.endsWith('*'))?.slice(0, -1);
    for (const [name, algorithm] of hashNames) {
      if (!offered.includes(name) && selected !== name) continue;
      return selected === name ? { command: 'HASH', algorithm } : { command: 'HASH', algorithm, select: name };
    }
  }
  return legacyCommands.find((method) => feature(features, method.command) !== undefined);
}

/** Words for messages: "HASH (SHA-256)", "XMD5". */
export function describeHashMethod(method: HashMethod): string {
  return method.command === 'HASH' ? `HASH (${hashAlgorithmNames[method.algorithm]})` : method.command;
}

/**
 * The digest in a reply, lower case: HASH answers `213 SHA-256 0-1234 <hex> <path>`,
 * the X commands `250 <hex>` (some with the path); XCRC may drop leading zeros.
 */
export function parseHashReply(message: string, algorithm: HashAlgorithm): string | undefined {
  const length = hexLength[algorithm];
  // The digest may sit on any line: ProFTPD answers HASH with a multi-line
  // reply, "213-Computing SHA-256 digest" first and the digest on the last.
  // Lines are read last first, since the final line carries the answer.
  const lines = message.split(/\r?\n/).reverse();
  for (const line of lines) {
    const tokens = line.replace(/^\d{3}[ -]/, '').split(/\s+/);
    for (const token of tokens) {
      if (!/^[0-9a-fA-F]+$/.test(token)) continue;
      if (token.length === length) return token.toLowerCase();
      if (algorithm === 'crc32' && token.length < length) return token.toLowerCase().padStart(length, '0');
    }
  }
  return undefined;
}

/** Clients that have already selected the HASH algorithm with OPTS HASH (the choice lasts for the session). */
const selectedOn = new WeakMap<FtpClient, string>();

/** The server's checksum of one absolute path, or undefined when it will not give one. */
export async function remoteChecksum(client: FtpClient, method: HashMethod, path: string): Promise<string | undefined> {
  try {
    if (method.select !== undefined && selectedOn.get(client) !== method.select) {
      await client.send(`OPTS HASH ${method.select}`);
      selectedOn.set(client, method.select);
    }
    const reply = await client.send(`${method.command} ${path}`);
    return parseHashReply(reply.message, method.algorithm);
  } catch (error) {
    // A refusal for one file (550, a file too large to hash) means "compare
    // by transferring it"; a lost connection is for the pool to retry.
    if (error instanceof FTPError) return undefined;
    throw error;
  }
}

/** Checksums of `paths` (relative to `remoteDir`) over the pool, one command each; refused ones are left out. */
export async function remoteChecksums(
  pool: ClientPool,
  remoteDir: string,
  paths: readonly string[],
  method: HashMethod,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  await Promise.all(
    paths.map(async (path) => {
      const absolute = joinRemote(remoteDir, path);
      const digest = await pool.run(`${method.command} of ${absolute}`, (client) => remoteChecksum(client, method, absolute));
      if (digest !== undefined) result.set(path, digest);
    }),
  );
  return result;
}

/** Why `compare: checksum` cannot run on this server, for the error message. */
export function noHashCommandMessage(features: ServerFeatures): string {
  const names = [...features.keys()].map((name) => name.toUpperCase()).sort();
  return `compare is checksum, but the server offers no hash command (FEAT lists ${names.length === 0 ? 'nothing' : names.join(', ')}; none of HASH, XSHA256, XSHA1, XMD5, XCRC)`;
}
