/**
 * A pool of logged-in basic-ftp clients. basic-ftp runs one command at a time
 * per client, so parallel work means several clients, each lent to one task
 * at a time. Connections open lazily, are replaced when they die, are kept
 * alive with NOOP while idle, and the pool shrinks when the server refuses
 * more connections than it can take. Tasks that arrive together, and
 * `warm`, open their connections at once: a login is several round trips,
 * and eight of them one after another cost a second on a distant server.
 */
import type { Client } from 'basic-ftp';
import { AuthenticationError, ConnectionError } from '../errors.js';
import type { Logger } from '../logger.js';
import { withRetry } from './retry.js';

export interface PoolOptions {
  /** Most connections open at once. */
  readonly size: number;
  /** Opens one logged-in client. */
  readonly open: () => Promise<Client>;
  readonly log: Logger;
  /** Send NOOP on a connection idle this long (default 30 s), so servers do not drop it. */
  readonly keepAliveMs?: number;
  /** Attempts after a transient failure in `run`. */
  readonly retries?: number;
  /** First backoff delay for `run`; tests make it small. */
  readonly retryDelayMs?: number;
}

interface Slot {
  readonly client: Client;
  busy: boolean;
  keepAlive: NodeJS.Timeout | undefined;
}

interface Waiter {
  resolve(slot: Slot): void;
  reject(error: unknown): void;
  /** Queued `ahead` (a short check, a rename, a small write): never promised a passive port asked in advance (see `claimWaiter`). */
  ahead?: boolean;
}

export interface PoolStats {
  /** Connections opened over the pool's life, reconnections included. */
  readonly opened: number;
  /** Connections open now. */
  readonly open: number;
  /** The most connections the pool will open now (shrinks on refusals). */
  readonly limit: number;
}

export class ConnectionPool {
  private readonly slots: Slot[] = [];
  private readonly waiters: Waiter[] = [];
  /** Waiting tasks promised to a busy connection (see `claimWaiter`). */
  private readonly claimed = new Map<Slot, Waiter>();
  private opening = 0;
  /** Logins `warm` started that have not finished. */
  private warming = 0;
  /** Tasks that chose to wait for one of those logins rather than start their own. */
  private waitingForWarm = 0;
  private opened = 0;
  private limit: number;
  private closed = false;
  private readonly keepAliveMs: number;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new RangeError(`pool size must be a positive integer, got ${options.size}`);
    this.limit = options.size;
    this.keepAliveMs = options.keepAliveMs ?? 30_000;
  }

  get stats(): PoolStats {
    return { opened: this.opened, open: this.slots.length, limit: this.limit };
  }

  /**
   * Promises the next waiting task to `client`, busy now: when its task
   * releases it, that waiter gets it, even if another connection is released
   * first. A task that asks the server for its next passive port ahead of
   * time uses this, so the port it asked for is the one the next file uses
   * (else another connection could take the waiter, and the port, with its
   * listener on the server, would go unused). False when no task waits, or
   * when the next one was queued `ahead`: such tasks (renames, checks, small
   * writes of their own) do not take a port asked for them.
   */
  claimWaiter(client: Client): boolean {
    const slot = this.slots.find((candidate) => candidate.client === client);
    if (slot === undefined || !slot.busy || this.claimed.has(slot)) return false;
    if (this.waiters[0]?.ahead === true) return false;
    const waiter = this.waiters.shift();
    if (waiter === undefined) return false;
    this.claimed.set(slot, waiter);
    return true;
  }

  /**
   * Lends a client to `task` for its whole run. If the task leaves the client
   * closed (socket error, timeout), the client is dropped and the next task
   * gets a fresh connection.
   */
  async use<T>(task: (client: Client) => Promise<T>, options: { readonly ahead?: boolean } = {}): Promise<T> {
    const slot = await this.acquire(options.ahead === true);
    try {
      return await task(slot.client);
    } finally {
      this.release(slot);
    }
  }

  /** `use` with retries of transient failures, each attempt on a sound connection; `ahead`: see `ClientPool.run`. */
  async run<T>(description: string, task: (client: Client) => Promise<T>, options: { readonly ahead?: boolean } = {}): Promise<T> {
    return withRetry(() => this.use(task, options), {
      retries: this.options.retries ?? 0,
      log: this.options.log,
      description,
      ...(this.options.retryDelayMs === undefined ? {} : { minDelayMs: this.options.retryDelayMs }),
    });
  }

  /**
   * Opens connections for work known to be coming, up to `count` in all (and
   * the pool's limit), all at once and in the background, so their logins
   * overlap whatever the caller does meanwhile. They wait idle for the tasks.
   * A failure is only logged: the tasks that follow open their own
   * connections and report what goes wrong.
   */
  warm(count: number): void {
    if (this.closed) return;
    const wanted = Math.min(count, this.limit) - this.slots.length - this.opening;
    for (let index = 0; index < wanted; index += 1) {
      this.warming += 1;
      const settled = (): void => {
        this.warming -= 1;
        this.waitingForWarm = Math.min(this.waitingForWarm, this.warming);
      };
      this.openSlot().then(
        (slot) => {
          settled();
          this.release(slot);
        },
        (error: unknown) => {
          settled();
          this.options.log.debug(`Opening a connection ahead of time failed: ${error instanceof Error ? error.message : String(error)}`);
          // Tasks that queued behind this login (the pool looked full) open their own now.
          if (!this.closed) this.serveWaiters();
        },
      );
    }
  }

  /** Closes every connection and fails every waiting task. Safe to call twice. */
  close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.claimed.values(), ...this.waiters.splice(0)];
    this.claimed.clear();
    for (const waiter of waiting) waiter.reject(new ConnectionError('The connection pool was closed'));
    for (const slot of this.slots.splice(0)) this.dispose(slot);
    return Promise.resolve();
  }

  private async acquire(ahead: boolean): Promise<Slot> {
    if (this.closed) throw new ConnectionError('The connection pool is closed');
    const idle = this.takeIdle();
    if (idle !== undefined) return idle;
    // A login `warm` started is nearer its end than one started now: wait for
    // it (one task per such login) rather than log in twice for one task.
    const spareWarm = this.warming > this.waitingForWarm;
    if (spareWarm) this.waitingForWarm += 1;
    if (!spareWarm && this.slots.length + this.opening < this.limit) return this.openSlot();
    return new Promise<Slot>((resolve, reject) => {
      if (ahead) this.waiters.unshift({ resolve, reject, ahead });
      else this.waiters.push({ resolve, reject });
    });
  }

  private takeIdle(): Slot | undefined {
    for (const slot of [...this.slots]) {
      if (slot.busy) continue;
      if (slot.client.closed) {
        // The server closed it while idle (idle timeout, restart): drop it, open anew.
        this.options.log.debug('A pooled connection was closed by the server while idle; it will be reopened');
        this.remove(slot);
        continue;
      }
      this.markBusy(slot);
      return slot;
    }
    return undefined;
  }

  private async openSlot(): Promise<Slot> {
    this.opening += 1;
    try {
      const client = await this.options.open();
      this.opened += 1;
      const slot: Slot = { client, busy: true, keepAlive: undefined };
      if (this.closed) {
        client.close();
        throw new ConnectionError('The connection pool was closed');
      }
      this.slots.push(slot);
      return slot;
    } catch (error) {
      if (this.shouldShrink(error)) {
        this.limit = Math.max(1, this.slots.length);
        this.options.log.warning(
          `The server refused connection ${this.slots.length + 1} (${error instanceof Error ? error.message : String(error)}); continuing with ${this.limit}`,
        );
        return this.waitForSlot();
      }
      throw error;
    } finally {
      this.opening -= 1;
    }
  }

  /**
   * A refusal of one more connection while others work is a limit, not an
   * outage: 421 "too many connections", a reset, a timeout, even a TLS
   * handshake that a busy server fumbles (seen with ftp-srv). The same
   * credentials and certificate already work on the open connections, so
   * only a wrong password is not a reason to carry on with fewer.
   */
  private shouldShrink(error: unknown): boolean {
    return this.slots.length > 0 && !(error instanceof AuthenticationError);
  }

  private waitForSlot(): Promise<Slot> {
    const idle = this.takeIdle();
    if (idle !== undefined) return Promise.resolve(idle);
    return new Promise<Slot>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(slot: Slot): void {
    slot.busy = false;
    if (this.closed) {
      this.dispose(slot);
      return;
    }
    if (slot.client.closed) this.remove(slot);
    const claimant = this.claimed.get(slot);
    this.claimed.delete(slot);
    if (claimant !== undefined && this.slots.includes(slot)) {
      this.markBusy(slot);
      claimant.resolve(slot);
      return;
    }
    // A connection that died with a claim on it: its waiter goes first in line.
    if (claimant !== undefined) this.waiters.unshift(claimant);
    this.serveWaiters();
    if (!slot.busy && this.slots.includes(slot)) this.scheduleKeepAlive(slot);
  }

  /** Hands idle clients to waiting tasks, or opens new ones where the limit allows. */
  private serveWaiters(): void {
    while (this.waiters.length > 0) {
      const idle = this.takeIdle();
      if (idle !== undefined) {
        this.waiters.shift()?.resolve(idle);
        continue;
      }
      if (this.slots.length + this.opening < this.limit) {
        const waiter = this.waiters.shift();
        if (waiter !== undefined)
          this.openSlot().then(
            (slot) => waiter.resolve(slot),
            (error: unknown) => waiter.reject(error),
          );
        continue;
      }
      return;
    }
  }

  private markBusy(slot: Slot): void {
    slot.busy = true;
    if (slot.keepAlive !== undefined) clearTimeout(slot.keepAlive);
    slot.keepAlive = undefined;
  }

  private scheduleKeepAlive(slot: Slot): void {
    if (slot.keepAlive !== undefined) clearTimeout(slot.keepAlive);
    slot.keepAlive = setTimeout(() => this.keepAlive(slot), this.keepAliveMs);
    // Keep-alive must never hold the process open after the action is done.
    slot.keepAlive.unref();
  }

  private keepAlive(slot: Slot): void {
    slot.keepAlive = undefined;
    if (slot.busy || this.closed || !this.slots.includes(slot)) return;
    this.markBusy(slot);
    slot.client
      .send('NOOP')
      .then(
        () => this.options.log.debug('Sent NOOP to keep an idle connection open'),
        (error: unknown) => {
          this.options.log.debug(
            `An idle connection failed its NOOP and will be reopened: ${error instanceof Error ? error.message : String(error)}`,
          );
          slot.client.close();
        },
      )
      .finally(() => this.release(slot));
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.dispose(slot);
  }

  private dispose(slot: Slot): void {
    if (slot.keepAlive !== undefined) clearTimeout(slot.keepAlive);
    slot.keepAlive = undefined;
    slot.client.close();
  }
}
