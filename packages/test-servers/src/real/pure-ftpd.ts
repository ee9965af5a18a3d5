import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LaunchContext, LaunchPlan } from './launch.js';
import { runCommand } from './run-command.js';
import { writeOpenSslVersionConfig } from './tls-files.js';
import { PURE_FTPD_BINARY, PURE_PW_BINARY } from './vendor.js';

// -Y: 1 TLS optional; 3 TLS required on the control connection and on
// every data connection (2 would still allow cleartext data).
const TLS_LEVEL = { none: '0', explicit: '1', 'explicit-required': '3' } as const;

/**
 * A puredb with one virtual user mapped to the test user's uid/gid and
 * chrooted (the "/./" suffix) into the served root. Virtual users let each
 * instance serve its own root; the system account's home cannot differ
 * per instance. The text file is written directly rather than through
 * `pure-pw useradd`, whose argon2id hash makes each login take seconds.
 */
async function writeUserDatabase(context: LaunchContext): Promise<string> {
  const { user } = context;
  const textFile = join(context.configDir, 'pureftpd.passwd');
  const databaseFile = join(context.configDir, 'pureftpd.pdb');
  // login:hash:uid:gid:gecos:home, then 12 empty limit fields.
  const line = [user.name, user.passwordHash, user.uid, user.gid, '', `${context.root}/./`, ...Array<string>(12).fill('')].join(':');
  await writeFile(textFile, `${line}\n`, { mode: 0o600 });
  await runCommand(PURE_PW_BINARY, ['mkdb', databaseFile, '-f', textFile]);
  return databaseFile;
}

/** Command line for a foreground, loopback-only pure-ftpd serving context.root as "/". */
export async function preparePureFtpd(context: LaunchContext): Promise<LaunchPlan> {
  const { tls } = context;
  if (tls.mode === 'implicit') {
    throw new Error("pure-ftpd: Debian's build has no implicit FTPS; use tls 'explicit' or 'explicit-required'");
  }
  if (tls.requireSessionReuse) {
    throw new Error('pure-ftpd cannot require TLS session reuse on data connections; pass requireSessionReuse: false');
  }
  const databaseFile = await writeUserDatabase(context);
  const transferLog = join(context.configDir, 'transfer.log');
  const args = [
    '--bind',
    `127.0.0.1,${context.port}`,
    '--passiveportrange',
    `${context.passiveRange[0]}:${context.passiveRange[1]}`,
    '--forcepassiveip',
    context.passiveAddress,
    '--login',
    `puredb:${databaseFile}`,
    '--noanonymous',
    '--dontresolve',
    '--chrooteveryone',
    // Room for a pool of parallel clients from one address (the soak uses
    // 8); pure-ftpd lowers this to half the passive ports it has.
    '--maxclientsnumber',
    '64',
    '--maxclientsperip',
    '64',
    // pure-ftpd logs to syslog, which a container rarely has; the transfer
    // log in the config dir is what failure messages can show.
    '--altlog',
    `clf:${transferLog}`,
    '--tls',
    TLS_LEVEL[tls.mode],
  ];
  const env: Record<string, string> = {};
  if (tls.files !== undefined) {
    // --certfile instead of the fixed /etc/ssl/private/pure-ftpd.pem, so
    // several instances with different certificates can run at once.
    args.push('--certfile', tls.files.combinedFile);
    if (tls.minVersion !== undefined || tls.maxVersion !== undefined) {
      env.OPENSSL_CONF = await writeOpenSslVersionConfig(context.configDir, tls.minVersion, tls.maxVersion);
    }
  }
  return { executable: PURE_FTPD_BINARY, args, env, logFiles: [transferLog] };
}
