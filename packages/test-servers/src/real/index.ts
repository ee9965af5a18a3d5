// Real FTP servers (vsftpd, pure-ftpd, ProFTPD) for interop tests; see
// scripts/install-test-servers.sh for how they get onto the machine.
export { REAL_SERVER_CAPABILITIES } from './capabilities.js';
export type { RealServerCapabilities } from './capabilities.js';
export { startRealServer } from './start.js';
export type { RealServerKind, RealServerOptions, RealServerTlsMode, RunningRealServer, RealServerTlsVersion } from './types.js';
export { realServersAvailable } from './vendor.js';
