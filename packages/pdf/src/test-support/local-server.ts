import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingServer {
  port: number;
  /** HTTP requests received. */
  requests: () => number;
  /** TCP connections accepted, which also catches pre-connects that never send a request. */
  connections: () => number;
  close: () => Promise<void>;
}

/** A loopback server that records whether anything reached it. */
export async function startCountingServer(): Promise<CountingServer> {
  let requests = 0;
  let connections = 0;
  const server: Server = createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end();
  });
  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests: () => requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
