import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CONFIG_DIR_PREFIX } from './orphans.js';
import { runCommand } from './run-command.js';
import type { TestUser } from './test-user.js';

/**
 * A system account of one server's own, for a vsftpd started with a
 * password of its own (RealServerOptions.password). vsftpd checks
 * passwords only through PAM, against the system's accounts, and the test
 * user's account is shared by every server running at once; PAM modules
 * that would read a file of ours instead either fork (pam_exec, which
 * vsftpd's SIGCHLD handling breaks: the login hangs) or need a Berkeley DB
 * tool Debian does not install by default (pam_userdb). The account's
 * comment names the server's config dir, so an account left behind by a
 * killed test process is found and removed by the next start.
 */
const ACCOUNT_PREFIX = 'ftpt-';
// /etc/passwd is locked by each useradd/userdel; parallel workers take turns.
const ATTEMPTS = 8;
const HOME = '/';
const SHELL = '/usr/sbin/nologin';

interface Account {
  name: string;
  uid: number;
  gid: number;
  comment: string;
}

async function accounts(): Promise<Account[]> {
  const found: Account[] = [];
  for (const line of (await readFile('/etc/passwd', 'utf8')).split('\n')) {
    const [name, , uid, gid, comment] = line.split(':');
    if (name === undefined || !name.startsWith(ACCOUNT_PREFIX) || uid === undefined || gid === undefined) continue;
    found.push({ name, uid: Number(uid), gid: Number(gid), comment: comment ?? '' });
  }
  return found;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs useradd/userdel until `done()` says the change took, retrying while another process holds the lock. */
async function retryAccountCommand(command: string, args: readonly string[], done: () => Promise<boolean>): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      await runCommand(command, args);
      return;
    } catch (error: unknown) {
      lastError = error;
      if (await done()) return;
      await delay(50 * attempt);
    }
  }
  throw new Error(`${command} ${args.at(-1) ?? ''} failed ${ATTEMPTS} times`, { cause: lastError });
}

/** Removes the account `name` (one made by createOwnAccount); done when it is gone. */
export async function removeOwnAccount(name: string): Promise<void> {
  if (!name.startsWith(ACCOUNT_PREFIX)) throw new Error(`removeOwnAccount: ${name} is not an account of ours`);
  const gone = async (): Promise<boolean> => !(await accounts()).some((account) => account.name === name);
  if (await gone()) return;
  await retryAccountCommand('userdel', [name], gone);
}

/** Removes accounts whose server's config dir no longer exists. */
async function removeStaleAccounts(): Promise<void> {
  for (const account of await accounts()) {
    if (account.comment.startsWith(CONFIG_DIR_PREFIX) && !existsSync(account.comment)) await removeOwnAccount(account.name);
  }
}

/**
 * Creates an account for the server whose config dir is `configDir`, in
 * the test user's group, with `passwordHash` (SHA-512 crypt) as its
 * password. Remove it with removeOwnAccount when the server stops.
 */
export async function createOwnAccount(configDir: string, password: string, passwordHash: string, testUser: TestUser): Promise<TestUser> {
  await removeStaleAccounts();
  const name = `${ACCOUNT_PREFIX}${randomBytes(5).toString('hex')}`;
  const made = async (): Promise<boolean> => (await accounts()).some((account) => account.name === name);
  await retryAccountCommand(
    'useradd',
    [
      '--system',
      '--no-create-home',
      '--home-dir',
      HOME,
      '--shell',
      SHELL,
      '--gid',
      String(testUser.gid),
      '--comment',
      configDir,
      '--password',
      passwordHash,
      name,
    ],
    made,
  );
  const account = (await accounts()).find((entry) => entry.name === name);
  if (account === undefined) throw new Error(`useradd ${name} left no entry in /etc/passwd`);
  return { name, uid: account.uid, gid: account.gid, password, passwordHash };
}
