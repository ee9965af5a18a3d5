/**
 * The protocol floor: a raw-socket client (node:net and node:tls, no FTP
 * library) that moves the same files over the same number of connections
 * with nothing but the exchange FTP requires. Per file: EPSV; then the data
 * connection and STOR (or RETR) sent together; the data; the 1xx and 226.
 * Login is lockstep and minimal (AUTH TLS, USER, PASS, TYPE I, PBSZ, PROT).
 * Over FTPS a data connection offers first the key-exchange group the
 * control handshake used, so it needs no HelloRetryRequest.
 * The connections open all at once, and a store first makes the folders
 * (MKD, one level at a time, spread over the connections).
 *
 * Run as its own process (`node lib/floor.js CONFIG.json`) so that it shares
 * no event loop with the latency proxy; prints one JSON line of counts.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tls from 'node:tls';

export interface FloorConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  /** PEM of the CA to trust; present for explicit FTPS. */
  caPem: string | undefined;
  connections: number;
  direction: 'store' | 'retrieve';
  /** Remote folder the files go to or come from (absolute). */
  remoteRoot: string;
  /** Local folder the files come from or go to. */
  localRoot: string;
  files: readonly string[];
  dirs: readonly string[];
}

export interface FloorCounts {
  commands: number;
  loginCommands: number;
  connections: number;
  dataConnections: number;
}

interface Reply {
  code: number;
  text: string;
}

const TRACE = process.env.FLOOR_TRACE === '1';
const traceStart = performance.now();
function trace(message: string): void {
  if (TRACE) process.stderr.write(`${(performance.now() - traceStart).toFixed(1)} ${message}\n`);
}

class ControlConnection {
  private socket: net.Socket;
  private buffer = '';
  private readonly lines: string[] = [];
  private multiLineCode: string | undefined;
  private readonly replies: Reply[] = [];
  private readonly waiters: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;
  session: Buffer | undefined;
  /**
   * The key-exchange group the control handshake settled on. Data
   * connections offer it first: a client that guesses another group (Node
   * guesses X25519; pure-ftpd takes only P-256) pays a HelloRetryRequest,
   * a round trip FTP does not require.
   */
  group: string | undefined;
  commands = 0;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    this.listen(socket);
  }

  static async open(host: string, port: number): Promise<ControlConnection> {
    const socket = net.connect({ host, port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    return new ControlConnection(socket);
  }

  private listen(socket: net.Socket): void {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.parse();
    });
    socket.on('error', (error: Error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('control connection closed')));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }

  /** Splits complete replies ("123 text", or "123-" lines up to "123 text") off the buffer. */
  private parse(): void {
    for (let newline = this.buffer.indexOf('\n'); newline >= 0; newline = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, newline).replace(/\r$/, '');
      this.buffer = this.buffer.slice(newline + 1);
      this.lines.push(line);
      let code: string | undefined;
      if (this.multiLineCode === undefined) {
        const match = /^(\d{3})([- ])/.exec(line);
        if (match === null) continue;
        if (match[2] === '-') {
          this.multiLineCode = match[1];
          continue;
        }
        code = match[1];
      } else if (line.startsWith(`${this.multiLineCode} `)) {
        code = this.multiLineCode;
        this.multiLineCode = undefined;
      }
      if (code === undefined) continue;
      const reply = { code: Number(code), text: this.lines.splice(0).join('\n') };
      const waiter = this.waiters.shift();
      if (waiter === undefined) this.replies.push(reply);
      else waiter.resolve(reply);
    }
  }

  reply(): Promise<Reply> {
    const ready = this.replies.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  send(command: string): void {
    this.commands += 1;
    this.socket.write(`${command}\r\n`);
  }

  async expect(command: string, ...codes: number[]): Promise<Reply> {
    this.send(command);
    return check(command, await this.reply(), codes);
  }

  /** Replaces the plain socket by TLS after "234": the reader moves to the TLS socket. */
  async upgrade(host: string, ca: string): Promise<void> {
    const raw = this.socket;
    raw.removeAllListeners('data');
    raw.removeAllListeners('close');
    const secure = tls.connect({ socket: raw, host, ca, minVersion: 'TLSv1.2', ...firstContactGroups() });
    secure.on('session', (session: Buffer) => {
      trace(`control session ticket (${session.length} bytes)`);
      this.session = session;
    });
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
    const key = secure.getEphemeralKeyInfo() as { name?: string } | null;
    this.group = key?.name;
    trace(`control key exchange ${String(this.group)}`);
    this.socket = secure;
    this.listen(secure);
  }

  quit(): void {
    this.socket.removeAllListeners('close');
    this.socket.on('error', () => undefined);
    this.socket.end('QUIT\r\n');
  }
}

function check(command: string, reply: Reply, codes: number[]): Reply {
  if (!codes.includes(reply.code)) throw new Error(`${command.startsWith('PASS') ? 'PASS ***' : command}: ${reply.text}`);
  return reply;
}

async function login(config: FloorConfig): Promise<ControlConnection> {
  const control = await ControlConnection.open(config.host, config.port);
  check('(greeting)', await control.reply(), [220]);
  if (config.caPem !== undefined) {
    await control.expect('AUTH TLS', 234);
    await control.upgrade(config.host, config.caPem);
  }
  const user = await control.expect(`USER ${config.user}`, 230, 331);
  if (user.code === 331) await control.expect(`PASS ${config.password}`, 230);
  await control.expect('TYPE I', 200);
  if (config.caPem !== undefined) {
    await control.expect('PBSZ 0', 200);
    await control.expect('PROT P', 200);
  }
  return control;
}

async function openData(config: FloorConfig, control: ControlConnection, port: number): Promise<net.Socket> {
  if (config.caPem === undefined) {
    const socket = net.connect({ host: config.host, port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    return socket;
  }
  // Resumes the control connection's session, as servers that require reuse insist.
  const socket = tls.connect({
    host: config.host,
    port,
    ca: config.caPem,
    minVersion: 'TLSv1.2',
    session: control.session,
    ...(control.group === undefined ? {} : { ecdhCurve: groupsPreferring(control.group) }),
  });
  socket.on('session', (session: Buffer) => {
    control.session = session;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', resolve);
    socket.once('error', reject);
  });
  return socket;
}

/**
 * Key shares for both X25519 and P-256 in the first handshake, where OpenSSL
 * takes the syntax (3.5): a server that takes only P-256 (pure-ftpd, vsftpd)
 * would otherwise answer with a HelloRetryRequest.
 */
function firstContactGroups(): { ecdhCurve?: string } {
  const groups = '?*X25519MLKEM768 / ?*X25519:?*secp256r1 / ?X448:?secp384r1:?secp521r1';
  try {
    tls.createSecureContext({ ecdhCurve: groups });
    return { ecdhCurve: groups };
  } catch {
    return {};
  }
}

/** `group` first, then the usual ones (OpenSSL refuses a list that names a group twice). */
function groupsPreferring(group: string): string {
  return [...new Set([group, 'X25519', 'prime256v1', 'secp384r1'])].join(':');
}

function passivePort(reply: Reply): number {
  const match = /\(\|\|\|(\d+)\|\)/.exec(reply.text);
  if (match?.[1] === undefined) throw new Error(`EPSV: no port in ${reply.text}`);
  return Number(match[1]);
}

async function transfer(config: FloorConfig, control: ControlConnection, file: string): Promise<void> {
  trace(`start ${file}`);
  const remote = `${config.remoteRoot}/${file}`;
  const local = join(config.localRoot, file);
  // A busy server may refuse a passive port for a moment (425): retry as any client would.
  let epsv = await control.expect('EPSV', 229, 425);
  for (let attempt = 1; epsv.code === 425 && attempt < 3; attempt += 1) epsv = await control.expect('EPSV', 229, 425);
  const port = passivePort(check('EPSV', epsv, [229]));
  const verb = config.direction === 'store' ? 'STOR' : 'RETR';
  const opening = openData(config, control, port);
  control.send(`${verb} ${remote}`);
  const mark = control.reply();
  // A refused STOR/RETR must not leave an unhandled rejection while the data connection opens.
  mark.catch(() => undefined);
  const data = await opening;
  trace(
    `data connected${data instanceof tls.TLSSocket ? ` ${String(data.getProtocol())} reused=${String(data.isSessionReused())} offered=${String(control.session !== undefined)}` : ''}`,
  );
  data.on('error', () => undefined);
  if (config.direction === 'store') await pipeline(createReadStream(local), data);
  else await pipeline(data, createWriteStream(local));
  trace('data done');
  check(verb, await mark, [125, 150]);
  trace('1xx');
  check(verb, await control.reply(), [226, 250]);
  trace('226');
}

/** Runs `work` for each item, pulling from one queue, one worker per connection. */
async function spread<T>(
  controls: readonly ControlConnection[],
  items: readonly T[],
  work: (control: ControlConnection, item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    controls.map(async (control) => {
      for (let index = next++; index < items.length; index = next++) {
        const item = items[index];
        if (item !== undefined) await work(control, item);
      }
    }),
  );
}

export async function runFloor(config: FloorConfig): Promise<FloorCounts> {
  const controls = await Promise.all(Array.from({ length: config.connections }, () => login(config)));
  const loginCommands = controls.reduce((sum, control) => sum + control.commands, 0);
  const first = controls[0];
  if (first === undefined) throw new Error('no connection');
  if (config.direction === 'store') {
    await first.expect(`MKD ${config.remoteRoot}`, 257);
    await spread(controls, config.dirs, async (control, dir) => {
      await control.expect(`MKD ${config.remoteRoot}/${dir}`, 257);
    });
  } else {
    await Promise.all(config.dirs.map((dir) => mkdir(join(config.localRoot, dir), { recursive: true })));
    await mkdir(config.localRoot, { recursive: true });
  }
  await spread(controls, config.files, (control, file) => transfer(config, control, file));
  const commands = controls.reduce((sum, control) => sum + control.commands, 0);
  for (const control of controls) control.quit();
  return { commands, loginCommands, connections: controls.length, dataConnections: config.files.length };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: node floor.js CONFIG.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as FloorConfig;
  if (config.direction === 'retrieve') await mkdir(dirname(join(config.localRoot, 'x')), { recursive: true });
  const counts = await runFloor(config);
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  main().catch((error: unknown) => {
    process.stderr.write(`floor: ${error instanceof Error ? error.message : String(error)}\n`);
    // The other connections are still open: exit rather than wait for them.
    process.exit(1);
  });
}
