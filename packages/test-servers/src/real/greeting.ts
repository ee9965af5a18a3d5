import net from 'node:net';
import tls from 'node:tls';

export interface GreetingOptions {
  host: string;
  port: number;
  /** Speak TLS from the first byte, as an implicit FTPS client does. */
  implicitTls: boolean;
  timeoutMs: number;
  /** Settles when the server process exits: no point waiting any longer. */
  exited: Promise<unknown>;
}

type ProbeResult =
  { kind: 'reply'; code: number; text: string } | { kind: 'silent-close'; reason: string } | { kind: 'not-yet'; reason: string };

const RETRY_MS = 50;
// A server that accepts and hangs up without a word is listening but
// cannot serve (ProFTPD with a key that does not match its certificate
// does this for every session); a few in a row are enough to say so.
const SILENT_CLOSES_TOLERATED = 3;
const PROBE_TIMEOUT_MS = 2_000;

/** The complete first reply in `text`, once its last line ("220 …", not "220-…") is in. */
function completeReply(text: string): { code: number; text: string } | undefined {
  const match = /^(\d{3}) [^\r\n]*\r?\n/m.exec(text);
  if (match?.[1] === undefined) return undefined;
  return { code: Number(match[1]), text: text.slice(0, match.index + match[0].length).trimEnd() };
}

/** One connection attempt: the server's first reply, or why there was none yet. */
function probe(options: GreetingOptions): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = options.implicitTls
      ? // A liveness probe, not a security check: the certificate is the
        // test's own and the tests verify it through their CA.
        tls.connect({ host: options.host, port: options.port, rejectUnauthorized: false })
      : net.connect({ host: options.host, port: options.port });
    let received = '';
    let settled = false;
    const finish = (result: ProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners('data');
      // Errors after the verdict (a reset as we hang up) change nothing.
      socket.on('error', () => undefined);
      if (result.kind === 'reply') socket.end('QUIT\r\n');
      socket.destroySoon();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'not-yet', reason: `no reply within ${PROBE_TIMEOUT_MS} ms` }), PROBE_TIMEOUT_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const reply = completeReply(received);
      if (reply !== undefined) finish({ kind: 'reply', ...reply });
    });
    socket.once('error', (error: Error) => finish({ kind: 'not-yet', reason: error.message }));
    socket.once('close', () => finish({ kind: 'silent-close', reason: `accepted, then closed after ${JSON.stringify(received)}` }));
  });
}

/**
 * Waits until the server answers a connection with "220", and returns that
 * greeting. Any other first reply (vsftpd's "500 OOPS: …" for a bad
 * config), the process exiting, or the deadline passing is an error.
 */
export async function waitForGreeting(options: GreetingOptions): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  let exited = false;
  void options.exited.then(() => {
    exited = true;
  });
  let lastReason = 'no attempt made';
  let silentCloses = 0;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`server exited before answering (${lastReason})`);
    const result = await probe(options);
    if (result.kind === 'reply') {
      if (result.code === 220) return result.text;
      throw new Error(`server answered ${JSON.stringify(result.text)} instead of a 220 greeting`);
    }
    lastReason = result.reason;
    silentCloses = result.kind === 'silent-close' ? silentCloses + 1 : 0;
    if (silentCloses >= SILENT_CLOSES_TOLERATED) {
      throw new Error(`server accepted ${silentCloses} connections in a row and closed each without a greeting`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  throw new Error(`no 220 greeting on ${options.host}:${options.port} within ${options.timeoutMs} ms (${lastReason})`);
}
