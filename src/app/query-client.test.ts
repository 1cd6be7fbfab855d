import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import {
  AnswerMismatchError,
  HttpError,
  NetworkError,
  ResponseShapeError,
  TimeoutError,
} from '@/api/errors';
import {
  createQueryClient,
  MAX_RETRIES,
  retryDelay,
  shouldRetry,
} from './query-client';

describe('shouldRetry: transient failures only', () => {
  test.each([
    ['a network fault', new NetworkError('/api/meta', new TypeError()), true],
    ['HTTP 500', new HttpError('/api/meta', 500, null, null), true],
    ['HTTP 502', new HttpError('/api/meta', 502, null, null), true],
    ['HTTP 503', new HttpError('/api/meta', 503, null, null), true],
    ['a timeout', new TimeoutError('/api/meta', 10_000), false],
    ['HTTP 400', new HttpError('/api/meta', 400, 'invalid_query', null), false],
    ['HTTP 404', new HttpError('/api/meta', 404, null, null), false],
    ['a format error', new ResponseShapeError('/api/meta', 'not JSON'), false],
    [
      'a mismatch',
      new AnswerMismatchError('/api/trade/totals', [
        { field: 'current.from', problem: 'not the month asked for' },
      ]),
      false,
    ],
    ['a render error', new Error('boom'), false],
  ])('%s: first failure retried = %s', (_name, error, retried) => {
    expect(shouldRetry(0, error)).toBe(retried);
  });

  test(`gives up after ${String(MAX_RETRIES)} retries`, () => {
    const error = new NetworkError('/api/meta', new TypeError());
    expect(shouldRetry(MAX_RETRIES - 1, error)).toBe(true);
    expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
  });

  test('backs off: about 0.5 s, then about 1.5 s; all retries end within 2.5 s', () => {
    expect(retryDelay(0)).toBeGreaterThanOrEqual(500);
    expect(retryDelay(0)).toBeLessThanOrEqual(700);
    expect(retryDelay(1)).toBeGreaterThanOrEqual(1500);
    expect(retryDelay(0) + retryDelay(1)).toBeLessThanOrEqual(2500);
  });
});

describe('createQueryClient', () => {
  test('a failed query is not asked again when another panel mounts it', async () => {
    const client = createQueryClient();
    let requests = 0;
    const options = {
      queryKey: ['trade', 'monthly'],
      queryFn: () => {
        requests += 1;
        return Promise.reject(
          new HttpError('/api/trade/monthly', 400, 'invalid_query', null),
        );
      },
    };
    // The KPI panel asks first and gets the 400.
    const first = new QueryObserver(client, options);
    const failed = new Promise<void>((resolve) => {
      first.subscribe((result) => {
        if (result.isError) resolve();
      });
    });
    await failed;
    expect(requests).toBe(1);

    // The trend panel, loaded later, shows the same failure without asking.
    const second = new QueryObserver(client, options);
    second.subscribe(() => undefined);
    expect(second.getCurrentResult().isError).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toBe(1);

    // Its Retry asks again.
    await second.refetch();
    expect(requests).toBe(2);
    client.clear();
  });
});
