import net from 'node:net';

/**
 * A TCP proxy for tests: forwards to a target, and on `freeze()` stops forwarding on the open
 * connections without closing them (a half-open link: a dead NAT entry, a crashed middlebox).
 * Connections made after the freeze are forwarded normally.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly live = new Set<{ frozen: boolean; client: net.Socket; upstream: net.Socket }>();
  connections = 0;
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  async start(): Promise<number> {
    this.server = net.createServer((client) => {
      this.connections++;
      const upstream = net.connect(this.targetPort, this.targetHost);
      const link = { frozen: false, client, upstream };
      this.live.add(link);
      client.on('data', (chunk) => void (link.frozen || upstream.write(chunk)));
      upstream.on('data', (chunk) => void (link.frozen || client.write(chunk)));
      const end = () => {
        this.live.delete(link);
        client.destroy();
        upstream.destroy();
      };
      // a frozen link stays open: only the test's stop() ends it
      client.on('close', () => void (link.frozen || end()));
      upstream.on('close', () => void (link.frozen || end()));
      client.on('error', () => undefined);
      upstream.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  /** Open connections stop carrying data in both directions, and stay open. */
  freeze(): number {
    for (const link of this.live) link.frozen = true;
    return this.live.size;
  }

  async stop(): Promise<void> {
    for (const link of this.live) {
      link.client.destroy();
      link.upstream.destroy();
    }
    this.live.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
