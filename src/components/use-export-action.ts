import { useCallback, useRef, useState } from 'react';

/**
 * Runs one export at a time: while it runs, further clicks are ignored (a
 * double click makes one file) and `busy` is true; a failure is kept as
 * `error` for the UI, and the page is left as it was.
 */
export function useExportAction() {
  const running = useRef(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (id: string, task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(id);
    setError(null);
    try {
      await task();
    } catch (cause) {
      setError(cause);
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  return { run, busy, error };
}
