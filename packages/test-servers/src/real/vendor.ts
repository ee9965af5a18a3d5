import { accessSync, constants } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrorCode } from './errors.js';

/**
 * Where scripts/install-test-servers.sh unpacks the Debian packages. The
 * servers are never installed system-wide (their packages conflict with
 * each other), so every path below points into this tree. Resolved from
 * this file, which sits at the same depth in src/real and lib/real.
 */
export const VENDOR_DIR = fileURLToPath(new URL('../../../../.vendor/ftp-servers/', import.meta.url));
export const UNPACKED_ROOT = join(VENDOR_DIR, 'root');

export const VSFTPD_BINARY = join(UNPACKED_ROOT, 'usr/sbin/vsftpd');
export const PURE_FTPD_BINARY = join(UNPACKED_ROOT, 'usr/sbin/pure-ftpd');
export const PURE_PW_BINARY = join(UNPACKED_ROOT, 'usr/bin/pure-pw');
export const PROFTPD_BINARY = join(UNPACKED_ROOT, 'usr/sbin/proftpd');
export const PROFTPD_MODULE_DIR = join(UNPACKED_ROOT, 'usr/lib/proftpd');
/** The PAM service file vsftpd's package would install; ours is derived from it. */
export const VSFTPD_PAM_TEMPLATE = join(UNPACKED_ROOT, 'etc/pam.d/vsftpd');

const REQUIRED_FILES = [
  VSFTPD_BINARY,
  PURE_FTPD_BINARY,
  PURE_PW_BINARY,
  PROFTPD_BINARY,
  join(PROFTPD_MODULE_DIR, 'mod_tls.so'),
  join(PROFTPD_MODULE_DIR, 'mod_digest.so'),
  VSFTPD_PAM_TEMPLATE,
];

// System tools the setup runs: openssl hashes the test user's password,
// the others create that user.
const REQUIRED_COMMANDS = ['openssl', 'useradd', 'usermod', 'getent'];

const INSTALL_HINT = 'run `sudo bash scripts/install-test-servers.sh`';

function exists(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch (error: unknown) {
    // Only "not there / not allowed" means missing; anything else is a real fault.
    if (['ENOENT', 'EACCES', 'ENOTDIR'].some((code) => hasErrorCode(error, code))) return false;
    throw error;
  }
}

function onPath(command: string): boolean {
  const directories = (process.env.PATH ?? '').split(delimiter).filter((directory) => directory !== '');
  return directories.some((directory) => exists(join(directory, command), constants.X_OK));
}

/**
 * Whether this machine can run the real servers: Linux, root (vsftpd and
 * pure-ftpd switch to the test user and chroot), and the unpacked binaries.
 * `reason` says what is missing, for a visible skip.
 */
export function realServersAvailable(): { available: boolean; reason?: string } {
  if (process.platform !== 'linux') {
    return { available: false, reason: `real FTP servers need Linux, this is ${process.platform}` };
  }
  const uid = process.getuid?.();
  if (uid !== 0) {
    return { available: false, reason: `real FTP servers need root (uid is ${String(uid)}); run the tests as root, as CI does` };
  }
  const missingFiles = REQUIRED_FILES.filter((file) => !exists(file, constants.R_OK));
  if (missingFiles.length > 0) {
    const names = missingFiles.map((file) => relative(UNPACKED_ROOT, file)).join(', ');
    return { available: false, reason: `missing ${names} under ${UNPACKED_ROOT}; ${INSTALL_HINT}` };
  }
  const missingCommands = REQUIRED_COMMANDS.filter((command) => !onPath(command));
  if (missingCommands.length > 0) {
    return { available: false, reason: `missing commands ${missingCommands.join(', ')}; ${INSTALL_HINT}` };
  }
  return { available: true };
}
