/**
 * The slice of basic-ftp's Client and of the connection pool that the
 * transfer engine uses. Naming the slice keeps the engine honest about what
 * it needs and lets unit tests pass small fakes without casts or module mocks;
 * a real `Client` and `ConnectionPool` satisfy these types as they are.
 */
import type { Client } from 'basic-ftp';

/** What the engine calls on a logged-in client. */
export type FtpClient = Pick<
  Client,
  | 'send'
  | 'list'
  | 'features'
  | 'uploadFrom'
  | 'appendFrom'
  | 'downloadTo'
  | 'lastMod'
  | 'trackProgress'
  | 'close'
  | 'closed'
  | 'availableListCommands'
>;

/** Lends clients to tasks, one task per client at a time (see `ConnectionPool`). */
export interface ClientPool {
  /** Runs `task` with a client of its own; a client the task leaves closed is replaced. `ahead`: see `run`. */
  use<T>(task: (client: FtpClient) => Promise<T>, options?: { readonly ahead?: boolean }): Promise<T>;
  /**
   * Promises the next task waiting for a client to `client` (lent now) when
   * it is released: true when a task waited. Pools that cannot leave it out.
   */
  claimWaiter?(client: FtpClient): boolean;
  /**
   * `use` with the pool's retries of transient failures. `ahead` puts the
   * task before those already waiting for a client: for a short check that
   * the waiting work itself depends on (a sync's lock read-back).
   */
  run<T>(description: string, task: (client: FtpClient) => Promise<T>, options?: { readonly ahead?: boolean }): Promise<T>;
  /** Opens up to `count` connections ahead of the tasks, in parallel (optional: fakes need not). */
  warm?(count: number): void;
}

/** `pool` with every task queued `ahead` of those waiting (see `ClientPool.run`). */
export function aheadOf(pool: ClientPool): ClientPool {
  return {
    use: (task) => pool.use(task, { ahead: true }),
    run: (description, task) => pool.run(description, task, { ahead: true }),
  };
}
