import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LaunchContext, LaunchPlan } from './launch.js';
import type { RealServerTlsVersion } from './types.js';
import { PROFTPD_BINARY, PROFTPD_MODULE_DIR } from './vendor.js';

const ALL_TLS_VERSIONS: readonly RealServerTlsVersion[] = ['TLSv1.2', 'TLSv1.3'];

/** TLSProtocol takes the list of versions to allow, so min/max become a slice of it. */
function allowedVersions(min: RealServerTlsVersion | undefined, max: RealServerTlsVersion | undefined): string {
  const from = min === undefined ? 0 : ALL_TLS_VERSIONS.indexOf(min);
  const to = max === undefined ? ALL_TLS_VERSIONS.length - 1 : ALL_TLS_VERSIONS.indexOf(max);
  const versions = ALL_TLS_VERSIONS.slice(from, to + 1);
  if (versions.length === 0) throw new Error(`proftpd: no TLS version between ${String(min)} and ${String(max)}`);
  return versions.join(' ');
}

function tlsLines(context: LaunchContext): string[] {
  const { tls } = context;
  if (tls.mode === 'none' || tls.files === undefined) return ['TLSEngine off'];
  const options = [...(tls.mode === 'implicit' ? ['UseImplicitSSL'] : []), ...(tls.requireSessionReuse ? [] : ['NoSessionReuseRequired'])];
  return [
    'TLSEngine on',
    `TLSLog ${join(context.configDir, 'tls.log')}`,
    `TLSProtocol ${allowedVersions(tls.minVersion, tls.maxVersion)}`,
    `TLSRSACertificateFile ${tls.files.certFile}`,
    `TLSRSACertificateKeyFile ${tls.files.keyFile}`,
    `TLSRequired ${tls.mode === 'explicit' ? 'off' : 'on'}`,
    'TLSVerifyClient off',
    ...(options.length > 0 ? [`TLSOptions ${options.join(' ')}`] : []),
  ];
}

/** Writes proftpd.conf and the user files for a foreground, loopback-only ProFTPD serving context.root as "/". */
export async function prepareProftpd(context: LaunchContext): Promise<LaunchPlan> {
  const { user } = context;
  const userFile = join(context.configDir, 'ftpd.passwd');
  const groupFile = join(context.configDir, 'ftpd.group');
  // The formats ftpasswd writes (passwd(5)/group(5) lines); written
  // directly so the setup does not need perl. The home is the served root.
  await writeFile(userFile, `${user.name}:${user.passwordHash}:${user.uid}:${user.gid}::${context.root}:/usr/sbin/nologin\n`, {
    mode: 0o600,
  });
  await writeFile(groupFile, `${user.name}:x:${user.gid}:${user.name}\n`, { mode: 0o600 });

  const systemLog = join(context.configDir, 'proftpd.log');
  const lines = [
    `ModulePath ${PROFTPD_MODULE_DIR}`,
    // mod_tls and mod_digest (HASH, XCRC, XMD5…) are shared modules from proftpd-mod-crypto.
    'LoadModule mod_tls.c',
    'LoadModule mod_digest.c',
    'ServerType standalone',
    'ServerName "ftp-actions test ProFTPD"',
    'DefaultAddress 127.0.0.1',
    // Without it ProFTPD listens on every address despite DefaultAddress.
    'SocketBindTight on',
    'UseIPv6 off',
    `Port ${context.port}`,
    `PassivePorts ${context.passiveRange[0]} ${context.passiveRange[1]}`,
    `MasqueradeAddress ${context.passiveAddress}`,
    // Started as root (to chroot), the daemon then runs as the test user.
    `User ${user.name}`,
    `Group ${user.name}`,
    `PidFile ${join(context.configDir, 'proftpd.pid')}`,
    `ScoreboardFile ${join(context.configDir, 'proftpd.scoreboard')}`,
    // mod_delay pads every login to hide timing; that costs 0.4 s per login here.
    'DelayEngine off',
    'DelayTable none',
    'WtmpLog off',
    'UseReverseDNS off',
    `SystemLog ${systemLog}`,
    'TransferLog none',
    'MaxInstances 64',
    // Only our user file: the system's accounts must not log in here.
    'AuthOrder mod_auth_file.c',
    `AuthUserFile ${userFile}`,
    `AuthGroupFile ${groupFile}`,
    'RequireValidShell off',
    'DefaultRoot ~',
    'Umask 022',
    // REST before STOR resumes an upload instead of being refused.
    'AllowStoreRestart on',
    'AllowOverwrite on',
    '<IfModule mod_digest.c>',
    '  DigestEngine on',
    '</IfModule>',
    '<IfModule mod_tls.c>',
    ...tlsLines(context).map((line) => `  ${line}`),
    '</IfModule>',
  ];
  const configFile = join(context.configDir, 'proftpd.conf');
  await writeFile(configFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  // -n: foreground, so the pid we spawn is the server; -q: no banner on stdout.
  return {
    executable: PROFTPD_BINARY,
    args: ['-n', '-q', '-c', configFile],
    env: {},
    logFiles: [systemLog, join(context.configDir, 'tls.log')],
  };
}
