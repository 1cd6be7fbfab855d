import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  compress,
  compressible,
  type Encoding,
  MIN_COMPRESS_BYTES,
  varyWith,
} from './compress';

/**
 * The one bridge between node:http and the service's web-standard
 * `Request` → `Response`: the reference server and the e2e stub both use it,
 * so neither grows its own idea of how a request reaches the contract.
 */

/**
 * The web `Request` for an incoming message. `url` is the already checked
 * absolute URL (origin + the raw path and query); the API is read-only, so
 * no body is ever read.
 */
export function toRequest(
  incoming: IncomingMessage,
  url: URL,
  init: { method?: string; signal?: AbortSignal } = {},
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value])
      headers.append(name, item);
  }
  return new Request(url, {
    method: init.method ?? incoming.method ?? 'GET',
    headers,
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

/**
 * Writes a web `Response` to node's response: status, the response's headers
 * then `extra` (which win), and the body unless `head`. Content-Length is
 * always the body's, so a HEAD reply says what a GET would send.
 */
export async function writeResponse(
  outgoing: ServerResponse,
  response: Response,
  options: {
    extra?: Record<string, string>;
    head?: boolean;
    /** The client's preferred encoding: a large enough text body is sent in it. */
    encoding?: Encoding | null;
  } = {},
): Promise<void> {
  const plain = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const encoding =
    options.encoding && compressible(type) && plain.length >= MIN_COMPRESS_BYTES
      ? options.encoding
      : null;
  const body = encoding ? await compress(plain, encoding) : plain;
  if (outgoing.headersSent || outgoing.destroyed) return;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  for (const [name, value] of Object.entries(options.extra ?? {}))
    headers[name.toLowerCase()] = value;
  if (encoding) headers['content-encoding'] = encoding;
  if (compressible(type))
    headers['vary'] = varyWith(
      headers['vary'] ?? outgoing.getHeader('vary'),
      'Accept-Encoding',
    );
  headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(options.head ? undefined : body);
}
