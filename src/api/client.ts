import { z } from 'zod/mini';
import { apiErrorBodySchema } from './schemas/common';
import {
  HttpError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
} from './errors';

type QueryValue = string | readonly string[] | undefined;

export type ClientConfig = {
  /** Origin (and optional path) of the backend; '' means same origin. */
  baseUrl: string;
  /** Resolves when requests may be sent (e.g. after the demo worker started). */
  ready: Promise<void>;
  timeoutMs: number;
};

/**
 * How long one request may take, headers and body, before it is given up
 * with a TimeoutError: the one deadline of the app. A timeout is not retried
 * automatically (see `shouldRetry`), so a hanging server is reported with its
 * Retry at this deadline, well within 15 s.
 */
export const REQUEST_DEADLINE_MS = 10_000;

/**
 * The largest body the client reads (4 MiB). The largest honest answer, a
 * records page of 5,000, is about 1 MB; anything past this is refused as a
 * format error before it is parsed.
 */
export const MAX_BODY_CHARS = 4 * 1024 * 1024;

let config: ClientConfig = {
  baseUrl: '',
  ready: Promise.resolve(),
  timeoutMs: REQUEST_DEADLINE_MS,
};

/** Set once at bootstrap; tests may call it to point at their own server. */
export function configureClient(next: Partial<ClientConfig>): void {
  config = { ...config, ...next };
}

/** Builds `/api/x?a=1&b=I,II`, dropping undefined parameters and empty lists. */
export function buildUrl(
  path: string,
  query: Record<string, QueryValue> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value === 'string') params.set(name, value);
    else if (value.length > 0) params.set(name, value.join(','));
  }
  const search = params.toString();
  return `${config.baseUrl}${path}${search ? `?${search}` : ''}`;
}

/**
 * Rejects when `signal` aborts. Browsers end a body read on abort by
 * themselves; this makes sure of it wherever the body comes from.
 */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const abort = () => {
      reject(
        signal.reason instanceof Error ? signal.reason : new Error('aborted'),
      );
    };
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * The single fetch of the app: GET a JSON resource (or send a body-less
 * POST or DELETE, which only the demo backend's data routes take) and
 * parse the answer with its schema.
 * Rejects only with ApiError subclasses; an abort from `signal` passes through
 * unwrapped so TanStack Query can treat it as a cancellation.
 */
export async function getJson<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  options: {
    query?: Record<string, QueryValue>;
    signal?: AbortSignal;
    method?: 'GET' | 'POST' | 'DELETE';
  } = {},
): Promise<z.infer<S>> {
  await config.ready;
  const url = buildUrl(path, options.query);
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort();
  }, config.timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout.signal])
    : timeout.signal;

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      signal,
      headers: { Accept: 'application/json' },
    });
    // The deadline covers the body too: a server that sends headers and
    // then stalls is a timeout, and a body cut mid-way a network fault.
    text = await Promise.race([response.text(), rejectOnAbort(signal)]);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new TimeoutError(path, config.timeoutMs);
    throw new NetworkError(path, error);
  } finally {
    clearTimeout(timer);
  }

  if (text.length > MAX_BODY_CHARS) {
    if (!response.ok) throw new HttpError(path, response.status, null, null);
    throw new ResponseShapeError(
      path,
      `the body is larger than ${String(MAX_BODY_CHARS)} characters`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (!response.ok) throw new HttpError(path, response.status, null, null);
    throw new ResponseShapeError(
      path,
      text.trim() === '' ? 'the body is empty' : 'the body is not valid JSON',
    );
  }

  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body);
    throw parsed.success
      ? new HttpError(
          path,
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
        )
      : new HttpError(path, response.status, null, null);
  }

  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new ResponseShapeError(
      path,
      describeIssues(parsed.error.issues),
      parsed.error.issues,
    );
  }
  return parsed.data;
}
