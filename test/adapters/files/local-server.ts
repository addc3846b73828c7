/** A throwaway HTTP server on 127.0.0.1 and a random port. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  port: number;
  url: (path: string, host?: string) => string;
  close: () => Promise<void>;
}

export async function startServer(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (p, host = '127.0.0.1') => `http://${host}:${port}${p}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
