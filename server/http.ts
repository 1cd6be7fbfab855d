import { readFile } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Dataset } from '@/service/dataset';
import { createService } from '@/service/service';
import { toRequest, writeResponse } from './adapter';
import {
  compressible,
  MIN_COMPRESS_BYTES,
  preferredEncoding,
  staticCompressor,
  varyWith,
} from './compress';
import {
  CONTENT_SECURITY_POLICY,
  corsHeaders,
  SECURITY_HEADERS,
} from './headers';
import { pathSegments, resolveStatic } from './static-files';

export type ServerOptions = {
  dataset: Dataset | Promise<Dataset>;
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: reachable from this machine only. */
  host?: string;
  /** The production build to serve; without it only `/api/*` answers. */
  staticDir?: string;
  /** Origins allowed to read answers cross-origin; none by default. */
  corsOrigins?: readonly string[];
  /** Per request; default 10 s, then 503. */
  requestTimeoutMs?: number;
  /** One JSON line per request; default stdout. */
  log?: (line: string) => void;
};

export type RunningServer = {
  /** `http://HOST:PORT`, no trailing slash. */
  origin: string;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  close: () => Promise<void>;
};

/** Longer request targets get 414: no route or file needs nearly as much. */
export const MAX_URL_LENGTH = 8 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
const ALLOW = 'GET, HEAD, OPTIONS';

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  options: { head?: boolean; headers?: Record<string, string> } = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...options.headers,
  });
  res.end(options.head ? undefined : text);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  options: { head?: boolean; headers?: Record<string, string> } = {},
): void {
  sendJson(res, status, { error: { code, message } }, options);
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/**
 * A request node's parser refused (a request line or headers past its
 * limit, bad syntax): answered on the raw socket, with the same headers as
 * any other answer. A request line past the limit is a 414, not node's 431.
 */
function requestLineTooLong(raw: Buffer | undefined): boolean {
  if (!raw) return false;
  const end = raw.indexOf('\r\n');
  return end < 0 || end > MAX_URL_LENGTH;
}

export async function startServer(
  options: ServerOptions,
): Promise<RunningServer> {
  const service = createService(options.dataset);
  const compressedCopy = staticCompressor();
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const allowed = options.corsOrigins ?? [];
  const log =
    options.log ??
    ((line: string) => {
      process.stdout.write(`${line}\n`);
    });
  const logLine = (
    method: string,
    path: string,
    status: number,
    ms: number,
  ) => {
    log(
      JSON.stringify({
        time: new Date().toISOString(),
        method,
        path: path.slice(0, 256),
        status,
        ms: Math.round(ms),
      }),
    );
  };
  let closing = false;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    signal: AbortSignal,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    const head = method === 'HEAD';
    if (raw.length > MAX_URL_LENGTH) {
      sendError(
        res,
        414,
        'uri_too_long',
        `URL longer than ${MAX_URL_LENGTH} characters`,
        { head },
      );
      return;
    }
    const query = raw.indexOf('?');
    const rawPath = query < 0 ? raw : raw.slice(0, query);
    try {
      decodeURIComponent(raw);
    } catch {
      sendError(res, 400, 'bad_request', 'malformed percent-encoding', {
        head,
      });
      return;
    }
    const segments = pathSegments(rawPath);
    if (!segments.ok) {
      sendError(res, 400, 'bad_request', `path: ${segments.reason}`, { head });
      return;
    }
    if (method === 'OPTIONS') {
      const preflight = res.hasHeader('Access-Control-Allow-Origin')
        ? {
            'Access-Control-Allow-Methods': 'GET, HEAD',
            'Access-Control-Max-Age': '600',
          }
        : {};
      res.writeHead(204, { Allow: ALLOW, ...preflight });
      res.end();
      return;
    }
    if (method !== 'GET' && !head) {
      sendError(
        res,
        405,
        'method_not_allowed',
        `${method}: the server is read-only; use GET`,
        {
          headers: { Allow: ALLOW },
        },
      );
      return;
    }
    const url = new URL(`http://localhost${raw}`);
    if (segments.segments[0] === 'api') {
      if (url.pathname === '/api/health') {
        sendJson(res, 200, { status: 'ok' }, { head });
        return;
      }
      const reply = await service.fetch(
        toRequest(req, url, { method: 'GET', signal }),
      );
      await writeResponse(res, reply, {
        head,
        encoding: preferredEncoding(req.headers['accept-encoding']),
      });
      return;
    }
    if (options.staticDir === undefined) {
      sendError(res, 404, 'not_found', `${url.pathname}: not found`, { head });
      return;
    }
    const found = await resolveStatic(options.staticDir, rawPath);
    if (found.kind === 'bad-request') {
      sendError(res, 400, 'bad_request', `path: ${found.reason}`, { head });
      return;
    }
    if (found.kind === 'not-found') {
      sendError(res, 404, 'not_found', `${url.pathname}: not found`, { head });
      return;
    }
    const file = await readFile(found.file, { signal });
    const encoding =
      compressible(found.contentType) && file.length >= MIN_COMPRESS_BYTES
        ? preferredEncoding(req.headers['accept-encoding'])
        : null;
    const body = encoding
      ? await compressedCopy(found.file, file, encoding)
      : file;
    if (res.headersSent || res.destroyed) return;
    const html = found.contentType.startsWith('text/html');
    res.writeHead(200, {
      'Content-Type': found.contentType,
      'Content-Length': body.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...(compressible(found.contentType)
        ? { Vary: varyWith(res.getHeader('vary'), 'Accept-Encoding') }
        : {}),
      // Hashed asset names change with their content; the page must not be kept.
      'Cache-Control': found.immutable
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(html ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
    });
    res.end(head ? undefined : body);
  }

  const server = createServer(
    // How long a client may take to send its request (not how long the
    // answer may take): a slow client does not hold a connection for long.
    { headersTimeout: 10_000, requestTimeout: 15_000 },
    (req, res) => {
      const started = performance.now();
      const method = req.method ?? 'GET';
      const raw = req.url ?? '/';
      const at = raw.indexOf('?');
      res.on('close', () => {
        // 499: the client went away before the answer was sent.
        const status = res.writableFinished ? res.statusCode : 499;
        logLine(
          method,
          at < 0 ? raw : raw.slice(0, at),
          status,
          performance.now() - started,
        );
        // While closing, a connection whose last answer is out is let go.
        if (closing)
          setImmediate(() => {
            server.closeIdleConnections();
          });
      });
      for (const [name, value] of Object.entries({
        ...SECURITY_HEADERS,
        ...corsHeaders(req.headers.origin, allowed),
      }))
        res.setHeader(name, value);
      if (closing) res.setHeader('Connection', 'close');

      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort();
        sendError(res, 503, 'timeout', `no answer within ${timeoutMs} ms`, {
          head: method === 'HEAD',
        });
      }, timeoutMs);
      handle(req, res, controller.signal)
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.error('[server]', raw.slice(0, 256), error);
          sendError(res, 500, 'internal', 'internal error');
        })
        .finally(() => {
          clearTimeout(timer);
        });
    },
  );

  server.on(
    'clientError',
    (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const status =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? requestLineTooLong(error.rawPacket)
            ? 414
            : 431
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 408
            : 400;
      const headers = Object.entries(SECURITY_HEADERS)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      logLine('-', '-', status, 0);
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host =
    address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    origin: `http://${host}:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        // In-flight requests end within the time limit; nothing holds on longer.
        const force = setTimeout(() => {
          server.closeAllConnections();
        }, timeoutMs + 1_000);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
