import net from 'node:net';
import { LOOPBACK_HOST } from './loopback.js';

/** Binds `port` on loopback (0 lets the OS choose) and returns the bound server. */
function listenOnLoopback(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host: LOOPBACK_HOST, exclusive: true }, () => {
      server.removeListener('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

export function portOf(server: net.Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`Expected a TCP address, got ${String(address)}`);
  }
  return address.port;
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}

/**
 * A loopback port with nothing listening on it, for "connection refused"
 * tests. The OS picks a free port, we release it at once; another process
 * could take it in between, but on a test machine that window is tiny.
 */
export async function findClosedPort(): Promise<number> {
  const server = await listenOnLoopback(0);
  const port = portOf(server);
  await closeServer(server);
  return port;
}

/** Inclusive range of ports, as ftp-srv's pasv_min/pasv_max expect. */
export interface PortRange {
  min: number;
  max: number;
}

// Below the Linux ephemeral range (32768-60999) and the BSD/Windows one
// (49152-65535), so outgoing client sockets do not land in a passive range.
const RANGE_FLOOR = 20_000;
const RANGE_CEILING = 32_000;
const RANGE_ATTEMPTS = 50;

/**
 * Finds `size` consecutive loopback ports that are free right now. Each
 * ftp-srv instance gets a range of its own so parallel test files do not
 * fight over passive ports; ftp-srv itself retries a few ports when one is
 * taken, which covers the race between this check and its own listen.
 */
export async function findFreePortRange(size: number): Promise<PortRange> {
  for (let attempt = 0; attempt < RANGE_ATTEMPTS; attempt += 1) {
    const min = RANGE_FLOOR + Math.floor(Math.random() * (RANGE_CEILING - RANGE_FLOOR - size));
    if (await isRangeFree(min, size)) {
      return { min, max: min + size - 1 };
    }
  }
  throw new Error(`No ${size} consecutive free loopback ports found after ${RANGE_ATTEMPTS} attempts`);
}

async function isRangeFree(min: number, size: number): Promise<boolean> {
  const held: net.Server[] = [];
  try {
    for (let port = min; port < min + size; port += 1) {
      held.push(await listenOnLoopback(port));
    }
    return true;
  } catch (error: unknown) {
    // A taken port only means "try another range"; anything else is a real fault.
    if (isAddressInUse(error)) return false;
    throw error;
  } finally {
    await Promise.all(held.map(closeServer));
  }
}
