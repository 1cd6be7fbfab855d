import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type JsonReply = { status: number; body: unknown };

/** Answers a GET; `undefined` means no such route (404 with an API error body). */
export type JsonRoute = (url: URL) => JsonReply | undefined;

export type JsonServer = {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  /** Path and query of every request received, in arrival order. */
  requests: string[];
  close: () => Promise<void>;
};

function send(response: ServerResponse, { status, body }: JsonReply): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    // The app is served from another origin (vite preview) and calls this one.
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

/** A stand-in backend on a random loopback port that records what it is asked. */
export async function startJsonServer(route: JsonRoute): Promise<JsonServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (request.method === 'OPTIONS') {
      // The app sends only simple requests, but a preflight must not hang.
      response.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET',
        'Access-Control-Allow-Headers': '*',
      });
      response.end();
      return;
    }
    let reply: JsonReply | undefined;
    try {
      reply = request.method === 'GET' ? route(url) : undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply = { status: 500, body: { error: { code: 'internal', message } } };
    }
    send(
      response,
      reply ?? {
        status: 404,
        body: {
          error: {
            code: 'not-found',
            message: `${request.method ?? 'GET'} ${url.pathname}`,
          },
        },
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
