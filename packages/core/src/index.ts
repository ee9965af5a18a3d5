/** Public API of @ftp-actions/core: re-exports only. */
export * from './errors.js';
export * from './logger.js';
export * from './settings/values.js';
export * from './settings/input-spec.js';
export * from './settings/connection.js';
export * from './settings/paths.js';
export * from './ftp/failure.js';
export * from './ftp/tls.js';
export * from './ftp/connect.js';
export * from './ftp/retry.js';
export * from './ftp/pool.js';
export * from './health/features.js';
export * from './health/probe.js';
export * from './report/markdown.js';
export * from './report/outputs.js';
export * from './run-action.js';
