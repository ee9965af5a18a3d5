import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, FTPError } from 'basic-ftp';
import { settlePassiveMode } from '../src/ftp/passive-mode.js';
import { takePassiveReply } from '../src/ftp/passive-reply-cache.js';
import { sizeThenPassive } from '../src/ftp/size-then-passive.js';
import { startLineControl } from './helpers/line-control.js';

/** A basic-ftp client connected to `port`, past the greeting, set up for passive mode as connect.ts does. */
async function passiveClient(port: number): Promise<Client> {
  const client = new Client(2000);
  client.ftp.socket = net.connect({ host: '127.0.0.1', port });
  await client.ftp.handle(undefined, (response, task) => {
    if (response instanceof Error) task.reject(response);
    else task.resolve(response);
  });
  client.prepareTransfer = settlePassiveMode(client.ftp, (chosen) => {
    client.prepareTransfer = chosen;
  });
  return client;
}

const epsv = '229 Entering Extended Passive Mode (|||40123|)';

describe('sizeThenPassive', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  async function session(batch: number, answer: (lines: string[]) => string[]) {
    const server = await startLineControl(batch, answer);
    cleanups.push(server.close);
    const client = await passiveClient(server.port);
    cleanups.push(() => client.close());
    return { server, client };
  }

  it('sends SIZE and EPSV in one go and keeps the EPSV reply for the RETR that follows', async () => {
    const { server, client } = await session(2, () => ['213 42', epsv]);
    expect((await sizeThenPassive(client, '/state.json')).message).toBe('213 42');
    expect(server.lines).toEqual(['SIZE /state.json', 'EPSV']);
    expect(takePassiveReply(client.ftp, 'EPSV')?.message).toBe(epsv);
  });

  it('tells the replies apart by their codes when the server answers out of order', async () => {
    const { client } = await session(2, () => [epsv, '213 42']);
    expect((await sizeThenPassive(client, '/state.json')).message).toBe('213 42');
    expect(takePassiveReply(client.ftp, 'EPSV')?.message).toBe(epsv);
  });

  it("throws SIZE's refusal (no such file) and still keeps the port for a write that follows", async () => {
    const { client } = await session(2, () => ['550 No such file', epsv]);
    const refusal = await sizeThenPassive(client, '/lock').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FTPError);
    expect((refusal as FTPError).code).toBe(550);
    expect(takePassiveReply(client.ftp, 'EPSV')?.message).toBe(epsv);
  });

  it('asks SIZE again on its own when both are refused, since which refusal was whose is unknown', async () => {
    const { server, client } = await session(1, ([line]) => [
      line?.startsWith('SIZE') === true ? '550 No such file' : '500 Unknown command',
    ]);
    const refusal = await sizeThenPassive(client, '/lock').catch((error: unknown) => error);
    expect((refusal as FTPError).code).toBe(550);
    expect(server.lines).toEqual(['SIZE /lock', 'EPSV', 'SIZE /lock']);
    expect(takePassiveReply(client.ftp, 'EPSV')).toBeUndefined();
  });
});
