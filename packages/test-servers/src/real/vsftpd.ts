import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { yesNo } from './launch.js';
import type { LaunchContext, LaunchPlan } from './launch.js';
import { ensureVsftpdPamService } from './pam.js';
import { writeOpenSslVersionConfig } from './tls-files.js';
import { VSFTPD_BINARY } from './vendor.js';

function tlsLines(context: LaunchContext): string[] {
  const { tls } = context;
  if (tls.mode === 'none' || tls.files === undefined) return ['ssl_enable=NO'];
  const required = tls.mode === 'explicit-required' || tls.mode === 'implicit';
  return [
    'ssl_enable=YES',
    `rsa_cert_file=${tls.files.certFile}`,
    `rsa_private_key_file=${tls.files.keyFile}`,
    'allow_anon_ssl=NO',
    `implicit_ssl=${yesNo(tls.mode === 'implicit')}`,
    `force_local_logins_ssl=${yesNo(required)}`,
    `force_local_data_ssl=${yesNo(required)}`,
    `require_ssl_reuse=${yesNo(tls.requireSessionReuse)}`,
    'ssl_sslv2=NO',
    'ssl_sslv3=NO',
  ];
}

/** Writes vsftpd.conf for a foreground, loopback-only vsftpd serving context.root as "/". */
export async function prepareVsftpd(context: LaunchContext): Promise<LaunchPlan> {
  const pamService = await ensureVsftpdPamService();
  // vsftpd refuses to start unless secure_chroot_dir exists; an empty dir of our own.
  const emptyDir = join(context.configDir, 'empty');
  await mkdir(emptyDir, { mode: 0o755 });
  const logFile = join(context.configDir, 'vsftpd.log');
  const lines = [
    // Standalone in the foreground, so the pid we spawn is the server and
    // stopping it stops the server.
    'listen=YES',
    'listen_ipv6=NO',
    'listen_address=127.0.0.1',
    `listen_port=${context.port}`,
    'background=NO',
    'anonymous_enable=NO',
    'local_enable=YES',
    'write_enable=YES',
    // Files readable by everyone, as on a web host (the default 077 makes them 0600).
    'local_umask=022',
    `pam_service_name=${pamService}`,
    // The test user is chrooted into the served root, so "/" is the root.
    `local_root=${context.root}`,
    'chroot_local_user=YES',
    'allow_writeable_chroot=YES',
    `secure_chroot_dir=${emptyDir}`,
    'pasv_enable=YES',
    `pasv_min_port=${context.passiveRange[0]}`,
    `pasv_max_port=${context.passiveRange[1]}`,
    `pasv_address=${context.passiveAddress}`,
    // The sandboxes need kernel features containers often lack, and
    // isolate_network would put each session in a network namespace.
    'seccomp_sandbox=NO',
    'isolate=NO',
    'isolate_network=NO',
    'use_localtime=NO',
    'xferlog_enable=YES',
    `vsftpd_log_file=${logFile}`,
    ...tlsLines(context),
  ];
  const configFile = join(context.configDir, 'vsftpd.conf');
  // Owned by root (we are root) and private: vsftpd checks who owns its config.
  await writeFile(configFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  const env: Record<string, string> = {};
  if (context.tls.mode !== 'none' && (context.tls.minVersion !== undefined || context.tls.maxVersion !== undefined)) {
    env.OPENSSL_CONF = await writeOpenSslVersionConfig(context.configDir, context.tls.minVersion, context.tls.maxVersion);
  }
  return { executable: VSFTPD_BINARY, args: [configFile], env, logFiles: [logFile] };
}
