import type { TlsFiles } from './tls-files.js';
import type { TestUser } from './test-user.js';
import type { RealServerTlsMode, RealServerTlsVersion } from './types.js';

/** Everything a server's config is written from; decided by startRealServer. */
export interface LaunchContext {
  port: number;
  passiveRange: [number, number];
  /** IPv4 address announced in PASV replies (RealServerOptions.passiveAddress, default 127.0.0.1). */
  passiveAddress: string;
  /** Served root, already owned by the test user. */
  root: string;
  /** Private temp dir for config, certificates, logs. */
  configDir: string;
  user: TestUser;
  tls: TlsSettings;
}

export interface TlsSettings {
  mode: RealServerTlsMode;
  /** Present unless mode is 'none'. */
  files: TlsFiles | undefined;
  minVersion: RealServerTlsVersion | undefined;
  maxVersion: RealServerTlsVersion | undefined;
  requireSessionReuse: boolean;
}

/** How to run a server in the foreground once its files are written. */
export interface LaunchPlan {
  executable: string;
  args: string[];
  /** Added to the environment the server inherits. */
  env: Record<string, string>;
  /** Files the server logs to, shown when it fails. */
  logFiles: string[];
}

/** "yes"/"no" in each config's own spelling. */
export function yesNo(value: boolean): 'YES' | 'NO' {
  return value ? 'YES' : 'NO';
}
