import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toRequest, writeResponse } from '../server/adapter';
import type { Service } from '../src/service/service';

export type ServiceServer = {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  /** Path and query of every request received, in arrival order. */
  requests: string[];
  /**
   * Paths answered without CORS headers (a misconfigured proxy): the
   * browser then refuses the answer, as a fault to show in a panel.
   */
  withoutCors: Set<string>;
  close: () => Promise<void>;
};

/**
 * The one service over node:http on a random loopback port: the stand-in
 * for a real backend that e2e journeys and the contract suite talk to. It
 * adds only what HTTP needs (CORS for the app on another origin) and records
 * what it is asked; every rule of the contract is the service's, and the
 * node:http bridge is the reference server's (server/adapter.ts).
 */
export async function startServiceServer(
  service: Service,
): Promise<ServiceServer> {
  const requests: string[] = [];
  const withoutCors = new Set<string>();
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET',
    'Access-Control-Allow-Headers': '*',
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (request.method === 'OPTIONS') {
      // The app sends only simple requests, but a preflight must not hang.
      response.writeHead(204, cors);
      response.end();
      return;
    }
    void service.fetch(toRequest(request, url)).then((reply) =>
      writeResponse(response, reply, {
        extra: withoutCors.has(url.pathname) ? {} : cors,
      }),
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
    withoutCors,
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
