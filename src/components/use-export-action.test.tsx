import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useExportAction } from './use-export-action';

describe('useExportAction', () => {
  it('runs one export at a time: a second click while busy does nothing', async () => {
    const { result } = renderHook(() => useExportAction());
    let finish: () => void = () => undefined;
    let runs = 0;
    const task = () =>
      new Promise<void>((resolve) => {
        runs += 1;
        finish = resolve;
      });
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run('png', task);
      void result.current.run('png', task);
    });
    expect(result.current.busy).toBe('png');
    await act(async () => {
      finish();
      await first;
    });
    expect(runs).toBe(1);
    expect(result.current.busy).toBeNull();
  });

  it('keeps a failure as an error and frees the button again', async () => {
    const { result } = renderHook(() => useExportAction());
    await act(() =>
      result.current.run('csv', () => Promise.reject(new Error('quota'))),
    );
    expect(result.current.error).toEqual(new Error('quota'));
    expect(result.current.busy).toBeNull();
    await act(() => result.current.run('csv', () => Promise.resolve()));
    expect(result.current.error).toBeNull();
  });
});
