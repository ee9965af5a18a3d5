import { readFile } from 'node:fs/promises';
import { runCommand } from './run-command.js';
import { sha512Crypt, sha512CryptSalt, testUserPassword } from './password.js';

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
  password: string;
  /** SHA-512 crypt hash of password, for puredb and AuthUserFile. */
  passwordHash: string;
}

export const TEST_USER_NAME = 'ftptest';
// vsftpd changes into the user's home before it chroots to local_root, so
// the home must exist; "/" always does. Every server chroots the user into
// its own served root, so the home is never what a client sees.
const HOME = '/';
// No login shell: the account exists only so the servers have a uid/gid
// and (for vsftpd) a PAM login. Our PAM service skips pam_shells for it.
const SHELL = '/usr/sbin/nologin';
const ATTEMPTS = 5;

interface PasswdEntry {
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

async function passwdEntry(): Promise<PasswdEntry | undefined> {
  const content = await readFile('/etc/passwd', 'utf8');
  for (const line of content.split('\n')) {
    const [name, , uid, gid, , home, shell] = line.split(':');
    if (name === TEST_USER_NAME && uid !== undefined && gid !== undefined && home !== undefined && shell !== undefined) {
      return { uid: Number(uid), gid: Number(gid), home, shell };
    }
  }
  return undefined;
}

async function shadowHash(): Promise<string | undefined> {
  const content = await readFile('/etc/shadow', 'utf8');
  for (const line of content.split('\n')) {
    const [name, hash] = line.split(':');
    if (name === TEST_USER_NAME) return hash;
  }
  return undefined;
}

async function passwordMatches(password: string): Promise<boolean> {
  const current = await shadowHash();
  const salt = current === undefined ? undefined : sha512CryptSalt(current);
  if (salt === undefined) return false;
  return (await sha512Crypt(password, salt)) === current;
}

/** Brings the account to the wanted state; returns true when it already was. */
async function reconcile(password: string, hash: string): Promise<boolean> {
  const entry = await passwdEntry();
  if (entry === undefined) {
    await runCommand('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      HOME,
      '--shell',
      SHELL,
      '--password',
      hash,
      TEST_USER_NAME,
    ]);
    return false;
  }
  const changes: string[] = [];
  if (entry.home !== HOME) changes.push('--home', HOME);
  if (entry.shell !== SHELL) changes.push('--shell', SHELL);
  if (!(await passwordMatches(password))) changes.push('--password', hash);
  if (changes.length === 0) return true;
  await runCommand('usermod', [...changes, TEST_USER_NAME]);
  return false;
}

async function ensureTestUserOnce(): Promise<TestUser> {
  const password = await testUserPassword();
  const hash = await sha512Crypt(password);
  let lastError: unknown;
  // Test workers start servers in parallel: useradd/usermod then race for
  // the lock on /etc/passwd, or find the user another worker just made.
  // Re-reading the state and trying again settles both; a pass that finds
  // nothing to change confirms the result.
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      if (await reconcile(password, hash)) {
        const entry = await passwdEntry();
        if (entry === undefined) throw new Error(`test user ${TEST_USER_NAME} vanished from /etc/passwd`);
        return { name: TEST_USER_NAME, uid: entry.uid, gid: entry.gid, password, passwordHash: hash };
      }
    } catch (error: unknown) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  throw new Error(`could not set up the test user ${TEST_USER_NAME} in ${ATTEMPTS} attempts`, { cause: lastError });
}

let ensured: Promise<TestUser> | undefined;

/**
 * The system account the servers log the test user in as: made with
 * useradd when missing, its password kept in step with testUserPassword().
 * Done once per process.
 */
export function ensureTestUser(): Promise<TestUser> {
  ensured ??= ensureTestUserOnce().catch((error: unknown) => {
    // A failed attempt must not stick: the next server start tries again.
    ensured = undefined;
    throw error;
  });
  return ensured;
}
