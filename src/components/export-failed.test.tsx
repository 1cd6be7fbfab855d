import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  AnswerMismatchError,
  HttpError,
  NetworkError,
  TimeoutError,
} from '@/api/errors';
import { renderWithProviders } from '@/test/render';
import { ExportFailed } from './export-failed';

const FAILED = 'The export failed; the dashboard is unchanged. Try again.';

describe('ExportFailed', () => {
  test.each([
    [
      'an answer that does not fit',
      new AnswerMismatchError('/api/trade/records', [
        { field: 'records[0].kz', problem: 'not a side of the view' },
      ]),
      'The server sent data that does not match the request.',
    ],
    [
      'a network fault',
      new NetworkError('/api/trade/records', new TypeError()),
      'The data service could not be reached.',
    ],
    [
      'a timeout',
      new TimeoutError('/api/trade/records', 10_000),
      'The data service took too long to answer.',
    ],
    [
      'HTTP 404',
      new HttpError('/api/trade/records', 404, null, null),
      'The requested data does not exist on the server.',
    ],
  ])('names the data service’s fault for %s', async (_, error, reason) => {
    await renderWithProviders(<ExportFailed error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent(FAILED);
  });

  test('says only that it failed when the fault was not the service’s', async () => {
    await renderWithProviders(<ExportFailed error={new Error('quota')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      new RegExp(`^${FAILED}$`),
    );
  });

  test('says nothing without an error', async () => {
    await renderWithProviders(<ExportFailed error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
