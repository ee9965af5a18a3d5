/**
 * vitest global setup: installs the real FTP servers (unpacked side by side
 * from Debian's packages) and the reference clients before any test runs,
 * so a fresh machine needs nothing done by hand. Without root (a developer's
 * laptop) it installs nothing and the real-server tests skip themselves,
 * visibly; on CI (`CI=true`) a failed install fails the run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function installServers(): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot) {
    if (process.env.CI === 'true')
      throw new Error('CI must run as root on Linux: the real-server tests need vsftpd, pure-ftpd and ProFTPD');
    console.warn('install-servers: not root on Linux, so the real FTP servers are not installed; their tests will be skipped.');
    return;
  }
  const script = fileURLToPath(new URL('../../scripts/install-test-servers.sh', import.meta.url));
  execFileSync('bash', [script], { stdio: 'inherit', timeout: 10 * 60_000 });
}
