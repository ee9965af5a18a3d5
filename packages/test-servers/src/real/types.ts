/** The real FTP servers the tests run, unpacked from Debian's packages. */
export type RealServerKind = 'vsftpd' | 'pure-ftpd' | 'proftpd';

/**
 * 'explicit': AUTH TLS offered, plain FTP still accepted.
 * 'explicit-required': AUTH TLS offered, and login and data connections without TLS refused.
 * 'implicit': TLS from the first byte (not offered by Debian's pure-ftpd).
 */
export type RealServerTlsMode = 'none' | 'explicit' | 'explicit-required' | 'implicit';

export type RealServerTlsVersion = 'TLSv1.2' | 'TLSv1.3';

export interface RealServerOptions {
  kind: RealServerKind;
  tls: RealServerTlsMode;
  /** Highest TLS version the server accepts; default whatever its OpenSSL allows (1.3). */
  tlsMaxVersion?: RealServerTlsVersion;
  /** Lowest TLS version the server accepts; 'TLSv1.3' with no max forces TLS 1.3. */
  tlsMinVersion?: RealServerTlsVersion;
  /** Certificate and key in PEM; required unless tls is 'none'. */
  cert?: { certPem: string; keyPem: string };
  /**
   * Directory served as "/" (every server chroots the test user into it).
   * Default a fresh temp dir, removed on close. A directory passed here is
   * created if missing, handed to the test user (chown -R) and kept.
   */
  root?: string;
  /**
   * Require data connections to resume the control connection's TLS session.
   * Default true on vsftpd and ProFTPD (their own default), false on
   * pure-ftpd, which cannot require it (true there is an error).
   */
  requireSessionReuse?: boolean;
  /**
   * Password the test user logs in with on this server only, so a test can
   * scan output for a secret of its own. Default the machine's test-user
   * password, shared by every server started without one.
   */
  password?: string;
  /**
   * IPv4 address the server announces in its PASV replies (ProFTPD:
   * MasqueradeAddress); default '127.0.0.1', where it listens. The bench
   * sets '127.0.0.2' for a latency proxy listening there on the control port
   * and the passive range; the server itself still listens on 127.0.0.1.
   */
  passiveAddress?: string;
  /**
   * How many ports the passive range has; default 64. A client that opens
   * data connections faster than closed ones leave TIME_WAIT (the bench:
   * 2,000 files in half a minute) needs more, or the server answers EPSV
   * with 425 "Address already in use".
   */
  passivePorts?: number;
}

export interface RunningRealServer {
  kind: RealServerKind;
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  /** Absolute path of the directory the server shows as "/". */
  root: string;
  /** Process id of the server's listening process (also its process group). */
  pid: number;
  /** Inclusive range the server takes passive data ports from. */
  passiveRange: [number, number];
  /** Address announced in PASV replies (see RealServerOptions.passiveAddress). */
  passiveAddress: string;
  tls: RealServerTlsMode;
  tlsMinVersion: RealServerTlsVersion | undefined;
  tlsMaxVersion: RealServerTlsVersion | undefined;
  sessionReuseRequired: boolean;
  /** Temp dir holding the configuration, certificates and logs; removed on close. */
  configDir: string;
  /** What the server wrote to stdout/stderr and its log files so far, for failure messages. */
  output(): string;
  /**
   * Stops the server by pid: its session processes at once (connected
   * clients are cut off), the listener with SIGTERM and SIGKILL after a
   * grace period; resolves when none of them runs and the config dir (and
   * a root it created) is removed. Idempotent.
   */
  close(): Promise<void>;
}
