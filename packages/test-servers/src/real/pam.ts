import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasErrorCode } from './errors.js';
import { VSFTPD_PAM_TEMPLATE } from './vendor.js';

/** pam_service_name for vsftpd: a file of ours, so a real vsftpd's /etc/pam.d/vsftpd stays untouched. */
export const VSFTPD_PAM_SERVICE = 'ftp-actions-vsftpd';
const PAM_DIR = '/etc/pam.d';

/**
 * vsftpd's own PAM service with pam_shells dropped: that module refuses
 * users whose shell is not in /etc/shells, and the test user deliberately
 * has no login shell.
 */
function serviceText(template: string): string {
  const kept = template.split('\n').filter((line) => !/^\s*auth\s+\S+\s+pam_shells\.so/.test(line));
  return [
    '# Written by @ftp-actions/test-servers for the vsftpd it runs in tests.',
    "# Debian's vsftpd PAM service without pam_shells (the test user has no login shell).",
    ...kept,
  ].join('\n');
}

/** Writes /etc/pam.d/ftp-actions-vsftpd when missing or different; atomic, so parallel workers are safe. */
export async function ensureVsftpdPamService(): Promise<string> {
  const wanted = serviceText(await readFile(VSFTPD_PAM_TEMPLATE, 'utf8'));
  const target = join(PAM_DIR, VSFTPD_PAM_SERVICE);
  const current = await readFile(target, 'utf8').catch((error: unknown) => {
    if (hasErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  });
  if (current !== wanted) {
    const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(temporary, wanted, { mode: 0o644 });
    await rename(temporary, target);
  }
  return VSFTPD_PAM_SERVICE;
}
