import type { RealServerKind, RealServerTlsMode } from './types.js';

/**
 * What each server, as unpacked from Debian bookworm and configured by
 * startRealServer, offers. test/real-servers.test.ts checks every entry
 * against the running server (FEAT, TLS modes, reuse), so tests may use
 * this table to pick matrix cells and expected fallbacks.
 */
export interface RealServerCapabilities {
  /** TLS modes startRealServer can run it in. */
  tlsModes: readonly RealServerTlsMode[];
  /** Whether it refuses data connections that do not resume the control connection's TLS session, unless told otherwise. */
  requiresSessionReuseByDefault: boolean;
  /** Whether requireSessionReuse: true is possible at all. */
  canRequireSessionReuse: boolean;
  /** MLST/MLSD listed in FEAT. */
  mlsd: boolean;
  /** MFMT (set modification time) listed in FEAT; vsftpd sets times only through "MDTM time path". */
  mfmt: boolean;
  /** HASH (and XCRC/XMD5/XSHA*) listed in FEAT. */
  hash: boolean;
}

export const REAL_SERVER_CAPABILITIES: Record<RealServerKind, RealServerCapabilities> = {
  vsftpd: {
    tlsModes: ['none', 'explicit', 'explicit-required', 'implicit'],
    requiresSessionReuseByDefault: true,
    canRequireSessionReuse: true,
    mlsd: false,
    mfmt: false,
    hash: false,
  },
  'pure-ftpd': {
    // Debian's build has no implicit FTPS.
    tlsModes: ['none', 'explicit', 'explicit-required'],
    requiresSessionReuseByDefault: false,
    canRequireSessionReuse: false,
    mlsd: true,
    mfmt: true,
    hash: false,
  },
  proftpd: {
    tlsModes: ['none', 'explicit', 'explicit-required', 'implicit'],
    requiresSessionReuseByDefault: true,
    canRequireSessionReuse: true,
    mlsd: true,
    mfmt: true,
    // With mod_digest, which startRealServer loads.
    hash: true,
  },
};
