import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RealServerTlsVersion } from './types.js';

export interface TlsFiles {
  certFile: string;
  keyFile: string;
  /** Certificate then key in one file, as pure-ftpd's -2 (--certfile) takes them. */
  combinedFile: string;
}

function endWithNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`;
}

/** Writes the PEMs into the server's config dir; key material readable by root only. */
export async function writeTlsFiles(dir: string, cert: { certPem: string; keyPem: string }): Promise<TlsFiles> {
  const files: TlsFiles = {
    certFile: join(dir, 'cert.pem'),
    keyFile: join(dir, 'key.pem'),
    combinedFile: join(dir, 'cert-and-key.pem'),
  };
  const certPem = endWithNewline(cert.certPem);
  const keyPem = endWithNewline(cert.keyPem);
  await writeFile(files.certFile, certPem, { mode: 0o644 });
  await writeFile(files.keyFile, keyPem, { mode: 0o600 });
  await writeFile(files.combinedFile, certPem + keyPem, { mode: 0o600 });
  return files;
}

/**
 * An OpenSSL config whose system_default section bounds the protocol
 * versions of every SSL_CTX the process makes, pointed at by OPENSSL_CONF.
 * vsftpd 3.0.3 and pure-ftpd 1.0.50 have no setting of their own to cap
 * TLS at 1.2 or to refuse 1.2 (vsftpd only knows ssl_sslv2/ssl_sslv3/
 * ssl_tlsv1), but both let OpenSSL load its config at start-up.
 */
export async function writeOpenSslVersionConfig(
  dir: string,
  minVersion: RealServerTlsVersion | undefined,
  maxVersion: RealServerTlsVersion | undefined,
): Promise<string> {
  const file = join(dir, 'openssl.cnf');
  const lines = [
    'openssl_conf = default_conf',
    '[default_conf]',
    'ssl_conf = ssl_section',
    '[ssl_section]',
    'system_default = system_default_section',
    '[system_default_section]',
    ...(minVersion === undefined ? [] : [`MinProtocol = ${minVersion}`]),
    ...(maxVersion === undefined ? [] : [`MaxProtocol = ${maxVersion}`]),
  ];
  await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o644 });
  return file;
}
