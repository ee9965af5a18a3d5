import type { Client } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { ConnectionError, ConnectionPool, silentLogger, type Logger } from '@ftp-actions/core';

/** A stand-in for a logged-in basic-ftp client: tracks commands and overlapping use. */
class FakeClient {
  closed = false;
  active = 0;
  maxActive = 0;
  readonly commands: string[] = [];
  failNoop = false;

  constructor(readonly id: number) {}

  send(command: string): Promise<{ code: number; message: string }> {
    this.commands.push(command);
    if (command === 'NOOP' && this.failNoop) {
      this.closed = true;
      return Promise.reject(new Error('Server closed connection unexpectedly.'));
    }
    return Promise.resolve({ code: 200, message: '200 OK' });
  }

  close(): void {
    this.closed = true;
  }
}

function fakeOpener(fail?: (attempt: number) => Error | undefined) {
  const clients: FakeClient[] = [];
  let attempts = 0;
  const open = (): Promise<Client> => {
    attempts += 1;
    const error = fail?.(attempts);
    if (error !== undefined) return Promise.reject(error);
    const client = new FakeClient(clients.length + 1);
    clients.push(client);
    return Promise.resolve(client as unknown as Client);
  };
  return { open, clients };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A task that holds its client for a while and records overlapping use. */
async function hold(client: Client, ms = 5): Promise<number> {
  const fake = client as unknown as FakeClient;
  fake.active += 1;
  fake.maxActive = Math.max(fake.maxActive, fake.active);
  await pause(ms);
  fake.active -= 1;
  return fake.id;
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { ...silentLogger, warnings, warning: (message: string) => warnings.push(message) };
}

/** An opener whose logins take `ms` each; counts how many are under way at once. */
function slowOpener(ms: number) {
  const state = { opened: 0, inFlight: 0, maxInFlight: 0 };
  const open = async (): Promise<Client> => {
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    await pause(ms);
    state.inFlight -= 1;
    state.opened += 1;
    return new FakeClient(state.opened) as unknown as Client;
  };
  return { open, state };
}

describe('ConnectionPool', () => {
  it('logs in the connections of tasks that arrive together at once, not one after another', async () => {
    const { open, state } = slowOpener(40);
    const pool = new ConnectionPool({ size: 4, open, log: silentLogger });
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => pool.use((client) => hold(client, 1))));
    expect(state.maxInFlight).toBe(4);
    expect(state.opened).toBe(4);
    // Four logins one after another would take 160 ms.
    expect(performance.now() - started).toBeLessThan(120);
    await pool.close();
  });

  it('warm opens connections ahead of the tasks, in parallel and within the limit, and the tasks use them', async () => {
    const { open, state } = slowOpener(30);
    const pool = new ConnectionPool({ size: 3, open, log: silentLogger });
    pool.warm(5);
    expect(state.inFlight).toBe(3);
    await pause(60);
    expect(pool.stats).toMatchObject({ opened: 3, open: 3 });
    const ids = await Promise.all(Array.from({ length: 3 }, () => pool.use((client) => hold(client, 5))));
    expect(new Set(ids).size).toBe(3);
    expect(state.opened).toBe(3);
    pool.warm(3);
    expect(state.inFlight).toBe(0);
    await pool.close();
  });

  it('a task that comes while a warm login is under way takes that login instead of starting another', async () => {
    const { open, state } = slowOpener(30);
    const pool = new ConnectionPool({ size: 4, open, log: silentLogger });
    pool.warm(1);
    // The first task waits for the warm login; the second has none left to wait for and logs in itself.
    const ids = await Promise.all([pool.use((client) => hold(client, 5)), pool.use((client) => hold(client, 5))]);
    expect(state.opened).toBe(2);
    expect(new Set(ids).size).toBe(2);
    expect(await pool.use((client) => hold(client, 1))).toBeLessThanOrEqual(2);
    expect(state.opened).toBe(2);
    await pool.close();
  });

  it('warm is lazy about what it was not asked for, and a failed login there is left to the tasks', async () => {
    let attempts = 0;
    const pool = new ConnectionPool({
      size: 4,
      log: silentLogger,
      open: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new ConnectionError('refused'))
          : Promise.resolve(new FakeClient(attempts) as unknown as Client);
      },
    });
    pool.warm(1);
    await pause(5);
    expect(pool.stats.open).toBe(0);
    expect(await pool.use((client) => hold(client))).toBe(2);
    expect(attempts).toBe(2);
    await pool.close();
  });

  // Size 1: the pool looks full, so the task waits. Size 4: there is room, but the task waits for the warm login all the same.
  it.each([1, 4])('a task that waited for a warming connection opens its own when that login fails (pool of %i)', async (size) => {
    let attempts = 0;
    const pool = new ConnectionPool({
      size,
      log: silentLogger,
      open: async () => {
        attempts += 1;
        await pause(20);
        if (attempts === 1) throw new ConnectionError('refused');
        return new FakeClient(attempts) as unknown as Client;
      },
    });
    pool.warm(1);
    const task = pool.use((client) => hold(client));
    const outcome = await Promise.race([task, pause(500).then(() => 'still waiting')]);
    expect(outcome).toBe(2);
    expect(attempts).toBe(2);
    await pool.close();
  });

  it('opens nothing until used, then at most `size` clients, each doing one thing at a time', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 3, open, log: silentLogger });
    expect(clients).toHaveLength(0);
    const ids = await Promise.all(Array.from({ length: 20 }, () => pool.use((client) => hold(client))));
    expect(clients).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    for (const client of clients) expect(client.maxActive).toBe(1);
    expect(pool.stats).toEqual({ opened: 3, open: 3, limit: 3 });
    await pool.close();
  });

  it('replaces a client that a task left closed (socket error, timeout)', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 1, open, log: silentLogger });
    await expect(
      pool.use((client) => {
        (client as unknown as FakeClient).closed = true;
        return Promise.reject(new Error('Timeout (control socket)'));
      }),
    ).rejects.toThrow('Timeout');
    const id = await pool.use((client) => hold(client));
    expect(id).toBe(2);
    expect(clients[0]?.closed).toBe(true);
    await pool.close();
  });

  it('reopens a connection the server closed while it was idle', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 2, open, log: silentLogger });
    await pool.use((client) => hold(client));
    clients[0]?.close();
    expect(await pool.use((client) => hold(client))).toBe(2);
    expect(pool.stats.open).toBe(1);
    await pool.close();
  });

  it('shrinks to what the server accepts when it answers 421 to one more connection', async () => {
    const { open, clients } = fakeOpener((attempt) =>
      attempt >= 3 ? new ConnectionError('421 Too many connections', { code: 421 }) : undefined,
    );
    const log = recordingLogger();
    const pool = new ConnectionPool({ size: 4, open, log });
    const ids = await Promise.all(Array.from({ length: 12 }, () => pool.use((client) => hold(client))));
    expect(ids).toHaveLength(12);
    expect(clients).toHaveLength(2);
    expect(pool.stats.limit).toBe(2);
    expect(log.warnings.join('\n')).toMatch(/refused connection 3 .*continuing with 2/);
    await pool.close();
  });

  it('fails when not even the first connection can be opened', async () => {
    const { open } = fakeOpener(() => new ConnectionError('refused'));
    const pool = new ConnectionPool({ size: 2, open, log: silentLogger });
    await expect(pool.use((client) => hold(client))).rejects.toThrow('refused');
    await pool.close();
  });

  it('keeps idle connections alive with NOOP and replaces one whose NOOP fails', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 1, open, log: silentLogger, keepAliveMs: 10 });
    await pool.use((client) => hold(client, 1));
    await pause(35);
    expect(clients[0]?.commands.filter((command) => command === 'NOOP').length).toBeGreaterThanOrEqual(2);
    if (clients[0] !== undefined) clients[0].failNoop = true;
    await pause(25);
    expect(clients[0]?.closed).toBe(true);
    expect(await pool.use((client) => hold(client, 1))).toBe(2);
    await pool.close();
  });

  it('retries a transient failure on a fresh connection in run()', async () => {
    const { open, clients } = fakeOpener();
    const log = recordingLogger();
    const pool = new ConnectionPool({ size: 1, open, log, retries: 2, retryDelayMs: 1 });
    let calls = 0;
    const result = await pool.run('upload of a.txt', (client) => {
      calls += 1;
      if (calls === 1) {
        client.close();
        return Promise.reject(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
      }
      return hold(client);
    });
    expect(result).toBe(2);
    expect(clients).toHaveLength(2);
    expect(log.warnings[0]).toMatch(/upload of a.txt failed \(attempt 1\): read ECONNRESET; retrying/);
    await pool.close();
  });

  it('does not retry a permanent failure', async () => {
    const { open } = fakeOpener();
    const pool = new ConnectionPool({ size: 1, open, log: silentLogger, retries: 3, retryDelayMs: 1 });
    let calls = 0;
    await expect(
      pool.run('upload', () => {
        calls += 1;
        return Promise.reject(Object.assign(new Error('550 Permission denied'), { code: 550 }));
      }),
    ).rejects.toThrow('550');
    expect(calls).toBe(1);
    await pool.close();
  });

  it('gives a waiting task to the connection that claimed it, even when another is released first', async () => {
    const { open } = fakeOpener();
    const pool = new ConnectionPool({ size: 2, open, log: silentLogger });
    let claimed: boolean | undefined;
    // The first task claims the waiter, then holds its client longer than the second task.
    const claiming = pool.use(async (client) => {
      await pause(5);
      claimed = pool.claimWaiter(client);
      await pause(30);
      return (client as unknown as FakeClient).id;
    });
    const quick = pool.use((client) => hold(client, 10));
    await pause(1);
    const waiting = pool.use((client) => hold(client));
    const [claimer, quickId, waiter] = await Promise.all([claiming, quick, waiting]);
    expect(claimed).toBe(true);
    expect(quickId).not.toBe(claimer);
    expect(waiter).toBe(claimer);
    await pool.close();
  });

  it('claims nothing when no task waits, and hands a claimed waiter on when its connection dies', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 2, open, log: silentLogger });
    let idleClaim: boolean | undefined;
    await pool.use((client) => {
      idleClaim = pool.claimWaiter(client);
      return Promise.resolve();
    });
    expect(idleClaim).toBe(false);
    const dying = pool.use(async (client) => {
      await pause(5);
      expect(pool.claimWaiter(client)).toBe(true);
      await pause(10);
      client.close();
    });
    const other = pool.use((client) => hold(client, 40));
    await pause(1);
    const waiting = pool.use((client) => hold(client));
    await dying;
    // The claimed connection died: the waiter gets a fresh one, not the dead one nor a wait for `other`.
    const servedBy = await waiting;
    await other;
    expect(clients[servedBy - 1]?.closed).toBe(false);
    expect(servedBy).toBe(3);
    await pool.close();
  });

  it('serves a task queued ahead before those already waiting, and never promises it a port asked in advance', async () => {
    const { open } = fakeOpener();
    const pool = new ConnectionPool({ size: 1, open, log: silentLogger });
    const order: string[] = [];
    let claimed: boolean | undefined;
    const running = pool.use(async (client) => {
      await pause(10);
      // Only the task queued ahead waits at the head of the line: no claim.
      claimed = pool.claimWaiter(client);
      await pause(5);
    });
    await pause(1);
    const queued = pool.use(() => Promise.resolve(order.push('queued')));
    const ahead = pool.use(() => Promise.resolve(order.push('ahead')), { ahead: true });
    await Promise.all([running, queued, ahead]);
    expect(order).toEqual(['ahead', 'queued']);
    expect(claimed).toBe(false);
    await pool.close();
  });

  it('closes every client, fails waiting tasks and refuses new ones', async () => {
    const { open, clients } = fakeOpener();
    const pool = new ConnectionPool({ size: 1, open, log: silentLogger });
    const running = pool.use((client) => hold(client, 20));
    const waiting = pool.use((client) => hold(client));
    await pause(5);
    await pool.close();
    await expect(waiting).rejects.toThrow(/pool was closed/);
    await running;
    expect(clients.every((client) => client.closed)).toBe(true);
    await expect(pool.use((client) => hold(client))).rejects.toThrow(/pool is closed/);
  });
});
