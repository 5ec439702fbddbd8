import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Starts a test server on a free loopback port and gives a close() that does not wait for
 * keep-alive connections (or a request a fake never answers): it destroys every socket the
 * server accepted, plus any the caller adds to `sockets` (a proxy's upstream connections).
 */
export interface LoopbackListener {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  sockets: Set<Socket>;
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
