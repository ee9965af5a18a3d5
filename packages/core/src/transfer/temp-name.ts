/**
 * Temporary names for atomic transfers: hidden (leading dot, so web servers
 * and directory indexes usually skip them), tagged so a person can tell where
 * a leftover came from, random so parallel runs never share one, and short
 * enough to stay under the 255-byte name limit of common file systems.
 */
import { randomBytes } from 'node:crypto';

/** Longest part of the original name kept in a temporary name, in UTF-8 bytes. */
const keptNameBytes = 180;

function truncateUtf8(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name, 'utf8') <= maxBytes) return name;
  let kept = '';
  // Cut between code points, never inside a multi-byte character.
  for (const character of name) {
    if (Buffer.byteLength(kept + character, 'utf8') > maxBytes) break;
    kept += character;
  }
  return kept;
}

/** `.name.ftp-actions-<random>.part` for the file name `name` (no directory). */
export function temporaryName(name: string, random: string = randomBytes(6).toString('hex')): string {
  return `.${truncateUtf8(name, keptNameBytes)}.ftp-actions-${random}.part`;
}

/** True for names made by `temporaryName`, e.g. to leave leftovers out of listings. */
export function isTemporaryName(name: string): boolean {
  return /^\..*\.ftp-actions-[0-9a-f]+\.part$/s.test(name);
}
