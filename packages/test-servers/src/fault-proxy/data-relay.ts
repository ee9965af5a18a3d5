/**
 * One passive data connection through the proxy: the client connects to a
 * port the proxy opened when it rewrote the EPSV/PASV reply, and the proxy
 * connects on to the server's real data port. A fault for the transfer can
 * cut it mid-way or end it early.
 */
import net from 'node:net';

export type DataFault = { readonly kind: 'drop'; readonly afterBytes: number } | { readonly kind: 'truncate'; readonly afterBytes: number };

export class DataRelay {
  private fault: DataFault | undefined;
  private bytes = 0;
  private truncated = false;
  private client: net.Socket | undefined;
  private upstream: net.Socket | undefined;
  readonly port: number;

  private constructor(
    private readonly listener: net.Server,
    private readonly target: { host: string; port: number },
  ) {
    const address = listener.address();
    if (address === null || typeof address === 'string') throw new Error('data relay has no TCP address');
    this.port = address.port;
    listener.once('connection', (socket) => this.connect(socket));
  }

  /** Opens a loopback port that relays the next connection to `target`. */
  static async open(host: string, target: { host: string; port: number }): Promise<DataRelay> {
    const listener = net.createServer();
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen({ host, port: 0 }, () => resolve());
    });
    return new DataRelay(listener, target);
  }

  /** Sets the fault for this transfer; called when the transfer command is seen. */
  arm(fault: DataFault | undefined): void {
    this.fault = fault;
  }

  private connect(client: net.Socket): void {
    this.listener.close();
    this.client = client;
    const upstream = net.connect(this.target);
    this.upstream = upstream;
    const pump = (from: net.Socket, to: net.Socket): void => {
      from.on('data', (chunk: Buffer) => {
        if (this.truncated) return;
        const fault = this.fault;
        if (fault !== undefined && this.bytes + chunk.length > fault.afterBytes) {
          const allowed = Math.max(0, fault.afterBytes - this.bytes);
          this.bytes += allowed;
          if (allowed > 0) to.write(chunk.subarray(0, allowed));
          this.trip(fault);
          return;
        }
        this.bytes += chunk.length;
        to.write(chunk);
      });
      from.on('end', () => to.end());
      from.on('error', () => to.destroy());
      from.on('close', () => to.end());
    };
    pump(client, upstream);
    pump(upstream, client);
  }

  private trip(fault: DataFault): void {
    this.fault = undefined;
    if (fault.kind === 'drop') {
      // A reset, not a clean close, as a broken network or a killed server gives.
      this.client?.resetAndDestroy();
      this.upstream?.resetAndDestroy();
    } else {
      // Truncate: the rest is read and dropped, so the server finishes normally
      // and answers 226, while the client sees a clean end after fewer bytes.
      this.truncated = true;
      this.client?.end();
    }
  }

  close(): void {
    this.listener.close();
    this.client?.destroy();
    this.upstream?.destroy();
  }
}
