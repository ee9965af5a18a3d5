export { makeTestPki } from './certificates.js';
export type { TestCertificate, TestPki } from './certificates.js';
export { startFtpSrv } from './ftp-srv-server.js';
export type { FtpSrvOptions, FtpSrvTlsMode, RunningServer } from './ftp-srv-server.js';
export { LOOPBACK_HOST } from './loopback.js';
export { findClosedPort, findFreePortRange } from './ports.js';
export type { PortRange } from './ports.js';
export { PermissionDeniedError } from './read-only-file-system.js';
export { startSilentServer } from './silent-server.js';
export type { SilentServer } from './silent-server.js';
// Re-exported so fault-injection tests can subclass the file system without depending on ftp-srv.
export { FileSystem } from 'ftp-srv';
export type { FtpConnection } from 'ftp-srv';
export { everythingPrinted, node24, parseOutputFile, readActionYml, runBundle } from './action-runner.js';
export type { ActionYml, BundleRun, RunBundleOptions } from './action-runner.js';
export { startFaultProxy } from './fault-proxy/fault-proxy.js';
export type { FaultProxy } from './fault-proxy/fault-proxy.js';
export type { Fault, TransferVerb } from './fault-proxy/faults.js';
export { REAL_SERVER_CAPABILITIES, realServersAvailable, startRealServer } from './real/index.js';
export type {
  RealServerCapabilities,
  RealServerKind,
  RealServerOptions,
  RealServerTlsMode,
  RealServerTlsVersion,
  RunningRealServer,
} from './real/index.js';
export { startScriptedServer } from './scripted-server/scripted-server.js';
export type { ScriptedServer, ScriptedServerOptions } from './scripted-server/scripted-server.js';
export type { DataSource, EndlessReply, SeenDataConnection, ServerScript } from './scripted-server/script.js';
export { peakRssProbe } from './peak-rss.js';
export type { PeakRssProbe } from './peak-rss.js';
export { establishedConnections, openFileDescriptors, sampleMaximum, sessionProcesses, settlesTo } from './resource-census.js';
