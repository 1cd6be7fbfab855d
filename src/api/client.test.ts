import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { server } from '../../mocks/node';
import { buildUrl, configureClient, getJson, MAX_BODY_CHARS } from './client';
import {
  HttpError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
} from './errors';

const thingSchema = z.object({ id: z.string(), count: z.number() });

describe('getJson', () => {
  it('returns the parsed body when it matches the schema', async () => {
    server.use(
      http.get('*/api/thing', () => HttpResponse.json({ id: 'a', count: 2 })),
    );
    await expect(getJson('/api/thing', thingSchema)).resolves.toEqual({
      id: 'a',
      count: 2,
    });
  });

  it('rejects an HTTP error with its status, code and the server message', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json(
          { error: { code: 'invalid_query', message: 'from is after to' } },
          { status: 400 },
        ),
      ),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_query',
      retryable: false,
    });
    expect((error as Error).message).toBe(
      '/api/thing answered HTTP 400 (invalid_query): from is after to',
    );
  });

  it('marks a 503 without a JSON body as a retryable HTTP error', async () => {
    server.use(
      http.get('*/api/thing', () => new HttpResponse('down', { status: 503 })),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, code: null, retryable: true });
  });

  it('rejects a body that is not JSON with a shape error', async () => {
    server.use(
      http.get(
        '*/api/thing',
        () => new HttpResponse('<!doctype html>', { status: 200 }),
      ),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as Error).message).toBe(
      '/api/thing sent an unexpected response: the body is not valid JSON',
    );
  });

  it('rejects a schema mismatch naming the field that is wrong', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json({ id: 'a', count: 'two' }),
      ),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as ResponseShapeError).issues[0]?.path).toEqual(['count']);
    expect((error as Error).message).toContain('count:');
    expect((error as ResponseShapeError).retryable).toBe(false);
  });

  it('rejects a refused connection with a retryable network error', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()));
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).retryable).toBe(true);
  });

  it('gives up after the time limit with a timeout error', async () => {
    configureClient({ timeoutMs: 50 });
    server.use(
      http.get('*/api/thing', async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return HttpResponse.json({ id: 'a', count: 1 });
      }),
    );
    try {
      const error = await getJson('/api/thing', thingSchema).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TimeoutError);
    } finally {
      configureClient({ timeoutMs: 5_000 });
    }
  });

  it('reports a body cut mid-way as a retryable network fault, not a format error', async () => {
    server.use(
      http.get(
        '*/api/thing',
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"id":"a","co'));
                controller.error(new Error('connection reset'));
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).retryable).toBe(true);
  });

  it('times out a server that sends headers and then stalls', async () => {
    configureClient({ timeoutMs: 50 });
    server.use(
      http.get(
        '*/api/thing',
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"id":'));
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    try {
      const error = await getJson('/api/thing', thingSchema).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TimeoutError);
    } finally {
      configureClient({ timeoutMs: 5_000 });
    }
  });

  it.each([
    ['an empty body', '', 'the body is empty'],
    [
      'a body over the size limit',
      `{"id":"${'x'.repeat(MAX_BODY_CHARS)}","count":1}`,
      `the body is larger than ${String(MAX_BODY_CHARS)} characters`,
    ],
  ])(
    'rejects %s with a shape error that says so',
    async (_name, body, detail) => {
      server.use(
        http.get('*/api/thing', () => new HttpResponse(body, { status: 200 })),
      );
      const error = await getJson('/api/thing', thingSchema).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ResponseShapeError);
      expect((error as Error).message).toBe(
        `/api/thing sent an unexpected response: ${detail}`,
      );
    },
  );

  it('reads a 502 with an HTML body as a retryable HTTP error', async () => {
    server.use(
      http.get(
        '*/api/thing',
        () =>
          new HttpResponse('<html><body>Bad Gateway</body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const error = await getJson('/api/thing', thingSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 502, code: null, retryable: true });
  });

  it('lets a caller abort pass through unwrapped', async () => {
    server.use(
      http.get('*/api/thing', async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        return HttpResponse.json({ id: 'a', count: 1 });
      }),
    );
    const controller = new AbortController();
    const pending = getJson('/api/thing', thingSchema, {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('buildUrl', () => {
  it('joins list parameters with commas and drops empty ones', () => {
    expect(
      buildUrl('/api/trade', {
        pair: 'KZ-63~RU-ALT',
        sectors: ['XV', 'XVI'],
        flow: undefined,
        x: [],
      }),
    ).toBe('http://localhost/api/trade?pair=KZ-63%7ERU-ALT&sectors=XV%2CXVI');
  });
});
