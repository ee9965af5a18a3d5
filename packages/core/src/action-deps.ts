/**
 * Builds what an action's `run` gets besides its settings, for every host
 * that runs actions: `runAction` on GitHub's runner and the CLI in a
 * terminal. Both must close the pools the action opened, so the builder
 * hands back the one `close` that does it.
 */
import { openConnection } from './ftp/connect.js';
import { ConnectionPool } from './ftp/pool.js';
import type { Logger } from './logger.js';
import type { ConnectionSettings } from './settings/connection.js';

/** What an action's `run` gets besides its settings. */
export interface ActionDeps {
  readonly log: Logger;
  /** Monotonic milliseconds. */
  readonly now: () => number;
  /** A pool of logged-in connections, closed by the host (`runAction`, the CLI) when the action ends. */
  readonly openPool: (connection: ConnectionSettings) => ConnectionPool;
}

/** The deps of one action run and the way to release what it opened. */
export interface ActionSession {
  readonly deps: ActionDeps;
  /** Closes every pool opened through `deps.openPool`; call it once the action has ended, success or not. */
  close(): Promise<void>;
}

/** Deps that log to `log` and open real pools of basic-ftp connections. */
export function createActionDeps(log: Logger): ActionSession {
  const pools: ConnectionPool[] = [];
  const deps: ActionDeps = {
    log,
    now: () => performance.now(),
    openPool: (pooled) => {
      const pool = new ConnectionPool({
        size: pooled.concurrency,
        retries: pooled.retries,
        log,
        open: async () => (await openConnection(pooled, { log })).client,
      });
      pools.push(pool);
      return pool;
    },
  };
  return {
    deps,
    close: async () => {
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}
