import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasErrorCode } from './errors.js';
import { runCommand } from './run-command.js';

// Kept on the machine (root only) rather than in the source: the test user
// is a real system account, and a password published in the repository
// would let anyone log in to it on every developer machine that ran these
// tests. Machine-wide, not per clone: the account is machine-wide, and two
// clones with passwords of their own would keep resetting each other's.
const PASSWORD_DIR = '/var/lib/ftp-actions-tests';
const PASSWORD_FILE = join(PASSWORD_DIR, 'test-user.password');

/**
 * The test user's password: made once per machine, then read back, so that
 * parallel test workers and later runs agree with /etc/shadow. Created
 * through link() so a concurrent reader never sees a half-written file.
 */
export async function testUserPassword(): Promise<string> {
  await mkdir(PASSWORD_DIR, { recursive: true, mode: 0o700 });
  const candidate = join(PASSWORD_DIR, `test-user.password.${process.pid}.${randomBytes(4).toString('hex')}`);
  await writeFile(candidate, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  try {
    await link(candidate, PASSWORD_FILE);
  } catch (error: unknown) {
    // Someone made it first: theirs wins.
    if (!hasErrorCode(error, 'EEXIST')) throw error;
  } finally {
    await unlink(candidate);
  }
  const password = (await readFile(PASSWORD_FILE, 'utf8')).trim();
  if (password === '') throw new Error(`${PASSWORD_FILE} is empty; delete it to make a new password`);
  return password;
}

/**
 * SHA-512 crypt(3) hash ("$6$salt$…"), which /etc/shadow, pure-ftpd's
 * puredb and ProFTPD's AuthUserFile all accept. Chosen over pure-pw's
 * default argon2id, which costs about 3.7 s per login on this machine.
 * The password goes in on stdin, never on a command line.
 */
export async function sha512Crypt(password: string, salt?: string): Promise<string> {
  const saltArgs = salt === undefined ? [] : ['-salt', salt];
  const { stdout } = await runCommand('openssl', ['passwd', '-6', ...saltArgs, '-stdin'], `${password}\n`);
  const hash = stdout.trim();
  if (!hash.startsWith('$6$')) throw new Error(`openssl passwd -6 gave no SHA-512 crypt hash: ${hash.slice(0, 10)}…`);
  return hash;
}

/** The salt of a "$6$salt$hash" string, or undefined for any other format. */
export function sha512CryptSalt(hash: string): string | undefined {
  const match = /^\$6\$(?:rounds=\d+\$)?([^$]+)\$/.exec(hash);
  return match?.[1];
}
