/**
 * Databases that go quiet, on loopback: a TCP server that accepts connections and never
 * says a word, and a proxy in front of a real PostgreSQL that can start swallowing
 * everything (a lost reply, a hung server) while keeping the connections open.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Silent {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const a = server.address();
  if (!a || typeof a === 'string') throw new Error('no port');
  return a.port;
}

function closer(server: Server, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

/** accepts, reads, never answers */
export async function startSilentServer(): Promise<Silent> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('data', () => undefined);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  const port = await listen(server);
  return { url: `postgres://nobody@127.0.0.1:${port}/silent`, close: closer(server, sockets) };
}

export interface BlackHoleProxy extends Silent {
  /** from now on nothing more passes in either direction; connections stay open */
  swallow(): void;
}

/** forwards to upstreamUrl's host:port until swallow() */
export async function startBlackHoleProxy(upstreamUrl: string): Promise<BlackHoleProxy> {
  const up = new URL(upstreamUrl);
  const sockets = new Set<Socket>();
  let swallowing = false;
  const server = createServer((client) => {
    const upstream = connect(Number(up.port || 5432), up.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.on('data', (d) => void (swallowing || upstream.write(d)));
    upstream.on('data', (d) => void (swallowing || client.write(d)));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await listen(server);
  const url = new URL(upstreamUrl);
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    swallow: () => {
      swallowing = true;
    },
    close: closer(server, sockets),
  };
}
