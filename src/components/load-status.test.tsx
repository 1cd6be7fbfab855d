import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { ErrorBoundary } from 'react-error-boundary';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppCrash } from '@/app/app-crash';
import { ConnectionBanner } from '@/app/connection-banner';
import { renderWithProviders } from '@/test/render';
import { LoadStatus, SLOW_AFTER_MS } from './load-status';

afterEach(() => {
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

describe('LoadStatus', () => {
  test(`says "Still loading…" once a request has taken ${String(SLOW_AFTER_MS)} ms, and nothing before`, async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderWithProviders(
      <LoadStatus fetching paused={false} hasFigures={false} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => {
      vi.advanceTimersByTime(SLOW_AFTER_MS - 100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Still loading…');
  });

  test('a request waiting for the connection says it will load when it returns', async () => {
    await renderWithProviders(
      <LoadStatus fetching={false} paused hasFigures />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline: this will load when the connection returns.',
    );
  });

  test('offline, figures on screen are marked as possibly out of date', async () => {
    await renderWithProviders(
      <LoadStatus fetching={false} paused={false} hasFigures />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => {
      onlineManager.setOnline(false);
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Offline: these figures may be out of date.',
    );
  });
});

describe('ConnectionBanner', () => {
  test('shows while offline and goes when the connection returns', async () => {
    await renderWithProviders(<ConnectionBanner />);
    expect(screen.queryByText(/You are offline/)).toBeNull();
    act(() => {
      onlineManager.setOnline(false);
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'You are offline. The figures on screen stay but may be out of date',
    );
    act(() => {
      onlineManager.setOnline(true);
    });
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });
});

describe('AppCrash', () => {
  test('a render error outside the panels shows a message and a reload, not a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      reload,
    } as unknown as Location);
    function Broken(): never {
      throw new Error('the shell broke');
    }
    await renderWithProviders(
      <ErrorBoundary FallbackComponent={AppCrash}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The dashboard stopped',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('the shell broke');
    screen.getByRole('button', { name: 'Reload the page' }).click();
    expect(reload).toHaveBeenCalledOnce();
  });
});
