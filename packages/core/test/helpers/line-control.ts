/**
 * A bare FTP control server for tests of command pipelining: it greets,
 * records every command line, and answers once `batch` lines have arrived
 * (1: each line at once) with the replies `answer` makes of them. With a
 * batch above 1, a client that waited for each reply before sending the
 * next command would wait forever.
 */
import net from 'node:net';
import { FTPContext } from 'basic-ftp';

export interface LineControl {
  readonly port: number;
  /** Every command line received, in order. */
  readonly lines: string[];
  readonly close: () => void;
}

export async function startLineControl(batch: number, answer: (lines: string[]) => string[]): Promise<LineControl> {
  const lines: string[] = [];
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    socket.write('220 ready\r\n');
    let buffered = '';
    let pending: string[] = [];
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let end = buffered.indexOf('\r\n');
      while (end >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        lines.push(line);
        pending.push(line);
        if (pending.length === batch) {
          for (const reply of answer(pending)) socket.write(`${reply}\r\n`);
          pending = [];
        }
        end = buffered.indexOf('\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    lines,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** A basic-ftp context connected to `port`, past the greeting. */
export async function connectedContext(port: number): Promise<FTPContext> {
  const ftp = new FTPContext(5000);
  ftp.socket = net.connect({ host: '127.0.0.1', port });
  await ftp.handle(undefined, (response, task) => {
    if (response instanceof Error) task.reject(response);
    else task.resolve(response);
  });
  return ftp;
}
