import { type Agent, request } from 'node:http';

export type RawReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body's bytes as sent (still encoded when the server compressed it). */
  bytes: Buffer;
};

/**
 * One request exactly as written: node:http sends the path untouched, where
 * fetch would normalise `/../` and encoded dots away before the server saw
 * them. Tests use it to send what a hostile client sends.
 */
export function rawRequest(
  origin: string,
  path: string,
  init: {
    method?: string;
    headers?: Record<string, string>;
    agent?: Agent;
  } = {},
): Promise<RawReply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        agent: init.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString('utf8'),
            bytes,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
