/**
 * An in-memory FTP server and client for unit tests of the transfer engine:
 * files and directories in maps, every command recorded, and hooks to make a
 * command fail or a transfer break off part-way. The client implements the
 * engine's `FtpClient` slice of basic-ftp honestly (streams in, streams out),
 * so no casts and no module mocks are needed.
 */
import { createReadStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { FileInfo, FileType, FTPError, type FTPResponse, type UploadOptions } from 'basic-ftp';
import { withRetry, silentLogger, type ClientPool, type FtpClient } from '@ftp-actions/core';

type ProgressHandler = NonNullable<Parameters<FtpClient['trackProgress']>[0]>;

export interface FakeFile {
  data: Buffer;
  mtime: Date;
}

/** A reply to force: an FTP error code and text, or a socket error that closes the client. */
export type Fault = { reply: number; text?: string } | { drop: string };

export class FakeServer {
  readonly files = new Map<string, FakeFile>();
  readonly dirs = new Set<string>(['/']);
  readonly commands: string[] = [];
  features = new Map<string, string>([
    ['SIZE', ''],
    ['UTF8', ''],
  ]);
  /** Offer MLST/MLSD like connect.ts would record it. */
  mlsd = false;
  /** RNTO onto an existing file is refused (like IIS). */
  refuseRenameOverExisting = false;
  /** Two-argument MDTM sets the time (like vsftpd). */
  mdtmSetsTime = false;
  /** Answer LIST of a missing directory with an empty 226 instead of 550. */
  emptyListingForMissing = false;
  /** Return a fault for a command, or undefined to carry it out. */
  fault: (command: string) => Fault | undefined = () => undefined;
  /** Bytes after which an upload or download breaks off with a dropped connection. */
  breakTransferAfter: (kind: 'upload' | 'download', path: string) => number | undefined = () => undefined;
  /** Replace a listing (for hostile servers). */
  listingFor: (path: string) => FileInfo[] | undefined = () => undefined;

  addFile(path: string, content: string | Buffer, mtime = new Date('2024-01-02T03:04:05Z')): void {
    this.files.set(path, { data: Buffer.from(content), mtime });
    for (let dir = parentOf(path); !this.dirs.has(dir); dir = parentOf(dir)) this.dirs.add(dir);
  }

  text(path: string): string | undefined {
    return this.files.get(path)?.data.toString();
  }

  /** Commands whose verb is one of `verbs`. */
  sent(...verbs: string[]): string[] {
    return this.commands.filter((command) => verbs.includes(command.split(' ')[0] ?? ''));
  }
}

export function parentOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

function ok(code: number, text = 'OK'): FTPResponse {
  return { code, message: `${code} ${text}` };
}

function droppedConnection(message: string): Error {
  return Object.assign(new Error(message), { code: 'ECONNRESET' });
}

function fileInfo(name: string, type: FileType, size: number, modifiedAt?: Date): FileInfo {
  const info = new FileInfo(name);
  info.type = type;
  info.size = size;
  if (modifiedAt !== undefined) info.modifiedAt = modifiedAt;
  return info;
}

async function readAll(source: Readable | string, start = 0): Promise<Buffer> {
  const stream = typeof source === 'string' ? createReadStream(source, { start }) : source;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

const timePattern = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

function parseTime(text: string): Date | undefined {
  const match = timePattern.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day, hours, minutes, seconds));
}

export class FakeFtpClient implements FtpClient {
  closed = false;
  availableListCommands: string[];
  private renameFrom: string | undefined;
  private progress: ProgressHandler | undefined;
  active = 0;

  constructor(private readonly server: FakeServer) {
    this.availableListCommands = server.mlsd ? ['MLSD', 'LIST -a', 'LIST'] : ['LIST -a', 'LIST'];
  }

  close(): void {
    this.closed = true;
  }

  trackProgress(handler?: ProgressHandler): void {
    this.progress = handler;
  }

  /** Records the command and applies a forced fault, like a server answering it. */
  private enter(command: string): void {
    if (this.closed) throw new Error('Client is closed because an earlier command failed');
    this.server.commands.push(command);
    const fault = this.server.fault(command);
    if (fault === undefined) return;
    if ('drop' in fault) {
      this.closed = true;
      throw droppedConnection(fault.drop);
    }
    throw new FTPError({ code: fault.reply, message: `${fault.reply} ${fault.text ?? 'Refused'}` });
  }

  private refuse(code: number, text: string): never {
    throw new FTPError({ code, message: `${code} ${text}` });
  }

  send(command: string): Promise<FTPResponse> {
    return Promise.resolve().then(() => this.handle(command));
  }

  private handle(command: string): FTPResponse {
    this.enter(command);
    const space = command.indexOf(' ');
    const verb = space < 0 ? command : command.slice(0, space);
    const arg = space < 0 ? '' : command.slice(space + 1);
    const { server } = this;
    switch (verb) {
      case 'MKD':
        if (server.dirs.has(arg) || server.files.has(arg)) this.refuse(550, `${arg}: File exists`);
        if (!server.dirs.has(parentOf(arg))) this.refuse(550, `${arg}: No such file or directory`);
        server.dirs.add(arg);
        return ok(257, `"${arg}" created`);
      case 'SIZE': {
        const file = server.files.get(arg);
        if (file === undefined) this.refuse(550, `${arg}: No such file`);
        return ok(213, String(file.data.length));
      }
      case 'DELE':
        if (!server.files.delete(arg)) this.refuse(550, `${arg}: No such file`);
        return ok(250);
      case 'RNFR':
        if (!server.files.has(arg)) this.refuse(550, `${arg}: No such file`);
        this.renameFrom = arg;
        return ok(350);
      case 'RNTO': {
        const from = this.renameFrom;
        this.renameFrom = undefined;
        const file = from === undefined ? undefined : server.files.get(from);
        if (from === undefined || file === undefined) this.refuse(503, 'RNFR first');
        if (server.refuseRenameOverExisting && server.files.has(arg))
          this.refuse(550, 'Cannot create a file when that file already exists.');
        server.files.delete(from);
        server.files.set(arg, file);
        return ok(250);
      }
      case 'MLST': {
        if (!server.mlsd) this.refuse(500, 'Unknown command');
        if (server.dirs.has(arg)) return ok(250, `Listing\n type=dir; ${arg}\n250 End`);
        if (server.files.has(arg)) return ok(250, `Listing\n type=file;size=1; ${arg}\n250 End`);
        return this.refuse(550, 'No such file or directory');
      }
      case 'MFMT':
      case 'MDTM': {
        const [time, ...rest] = arg.split(' ');
        const path = rest.join(' ');
        const canSet = verb === 'MFMT' ? server.features.has('MFMT') : server.mdtmSetsTime;
        if (!canSet || path === '') this.refuse(verb === 'MFMT' ? 502 : 550, 'Not supported');
        const file = server.files.get(path);
        const parsed = parseTime(time ?? '');
        if (file === undefined || parsed === undefined) this.refuse(550, 'No such file');
        file.mtime = parsed;
        return ok(213, `Modify=${time ?? ''}; ${path}`);
      }
      default:
        return this.refuse(502, `Command not implemented: ${verb}`);
    }
  }

  async features(): Promise<Map<string, string>> {
    this.enter('FEAT');
    return Promise.resolve(new Map(this.server.features));
  }

  async lastMod(path: string): Promise<Date> {
    this.enter(`MDTM ${path}`);
    const file = this.server.files.get(path);
    if (file === undefined) this.refuse(550, 'No such file');
    return Promise.resolve(new Date(Math.floor(file.mtime.getTime() / 1000) * 1000));
  }

  async list(path = ''): Promise<FileInfo[]> {
    this.enter('EPSV');
    const command = this.availableListCommands[0] ?? 'LIST';
    this.enter(`${command} ${path}`);
    const override = this.server.listingFor(path);
    if (override !== undefined) return override;
    const { server } = this;
    if (!server.dirs.has(path)) {
      if (server.emptyListingForMissing) return [];
      this.refuse(550, `${path}: No such file or directory`);
    }
    const prefix = path === '/' ? '/' : `${path}/`;
    const direct = (candidate: string): boolean =>
      candidate.startsWith(prefix) && candidate !== path && !candidate.slice(prefix.length).includes('/');
    const useTimes = command === 'MLSD';
    const entries = [
      ...[...server.dirs].filter(direct).map((dir) => fileInfo(dir.slice(prefix.length), FileType.Directory, 0)),
      ...[...server.files.entries()]
        .filter(([file]) => direct(file))
        .map(([file, { data, mtime }]) => fileInfo(file.slice(prefix.length), FileType.File, data.length, useTimes ? mtime : undefined)),
    ];
    return Promise.resolve(entries);
  }

  uploadFrom(source: Readable | string, toRemotePath: string, options?: UploadOptions): Promise<FTPResponse> {
    return this.store('STOR', source, toRemotePath, options?.localStart ?? 0);
  }

  appendFrom(source: Readable | string, toRemotePath: string, options?: UploadOptions): Promise<FTPResponse> {
    return this.store('APPE', source, toRemotePath, options?.localStart ?? 0);
  }

  private async store(verb: 'STOR' | 'APPE', source: Readable | string, path: string, start: number): Promise<FTPResponse> {
    this.enter('EPSV');
    this.enter(`${verb} ${path}`);
    const { server } = this;
    if (!server.dirs.has(parentOf(path))) this.refuse(553, `${path}: No such directory`);
    const data = await readAll(source, start);
    const previous = verb === 'APPE' ? (server.files.get(path)?.data ?? Buffer.alloc(0)) : Buffer.alloc(0);
    const breakAfter = server.breakTransferAfter('upload', path);
    if (breakAfter !== undefined && breakAfter < data.length) {
      server.files.set(path, { data: Buffer.concat([previous, data.subarray(0, breakAfter)]), mtime: new Date() });
      this.progress?.({ name: path, type: 'upload', bytes: breakAfter, bytesOverall: breakAfter });
      this.closed = true;
      throw droppedConnection('read ECONNRESET');
    }
    server.files.set(path, { data: Buffer.concat([previous, data]), mtime: new Date() });
    this.progress?.({ name: path, type: 'upload', bytes: data.length, bytesOverall: data.length });
    return ok(226, 'Transfer complete');
  }

  async downloadTo(destination: Writable | string, fromRemotePath: string, startAt = 0): Promise<FTPResponse> {
    if (typeof destination === 'string') throw new Error('the fake only downloads to streams');
    this.enter('EPSV');
    if (startAt > 0) this.enter(`REST ${startAt}`);
    this.enter(`RETR ${fromRemotePath}`);
    const file = this.server.files.get(fromRemotePath);
    if (file === undefined) {
      destination.end();
      this.refuse(550, `${fromRemotePath}: No such file`);
    }
    const data = file.data.subarray(startAt);
    const breakAfter = this.server.breakTransferAfter('download', fromRemotePath);
    const sent = breakAfter !== undefined && breakAfter < data.length ? data.subarray(0, breakAfter) : data;
    await new Promise<void>((resolve, reject) => {
      destination.once('error', (error) => {
        // basic-ftp closes the client when the destination fails.
        this.closed = true;
        reject(error);
      });
      // A copy, as a data socket hands out fresh buffers: the default download writer frees what it wrote.
      destination.write(Buffer.from(sent), (error) => {
        if (error) return;
        this.progress?.({ name: fromRemotePath, type: 'download', bytes: sent.length, bytesOverall: sent.length });
        if (sent !== data) {
          this.closed = true;
          destination.end();
          reject(droppedConnection('read ECONNRESET'));
          return;
        }
        destination.end(() => resolve());
      });
    });
    return ok(226, 'Transfer complete');
  }
}

/** A pool over the fake server: a fresh client whenever none is idle, closed ones dropped. */
export class FakePool implements ClientPool {
  readonly clients: FakeFtpClient[] = [];
  private readonly idle: FakeFtpClient[] = [];
  maxActive = 0;
  private active = 0;

  constructor(readonly server: FakeServer) {}

  async use<T>(task: (client: FtpClient) => Promise<T>): Promise<T> {
    let client = this.idle.pop();
    while (client?.closed) client = this.idle.pop();
    if (client === undefined) {
      client = new FakeFtpClient(this.server);
      this.clients.push(client);
    }
    this.active += 1;
    this.maxActive = Math.max(this.maxActive, this.active);
    client.active += 1;
    if (client.active > 1) throw new Error('a client was lent to two tasks at once');
    try {
      return await task(client);
    } finally {
      client.active -= 1;
      this.active -= 1;
      if (!client.closed) this.idle.push(client);
    }
  }

  run<T>(description: string, task: (client: FtpClient) => Promise<T>): Promise<T> {
    return withRetry(() => this.use(task), { retries: 2, minDelayMs: 1, log: silentLogger, description });
  }
}
