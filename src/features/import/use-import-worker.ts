import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegionsResponse } from '@/api/schemas/regions';
import type { Mapping, ReadOptions } from '@/import/types';
import type {
  CheckReport,
  CommitResult,
  ReadSummary,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

/** Where the import stands; `busy` shows progress and offers Cancel. */
export type ImportState =
  | { step: 'choose' }
  | {
      step: 'busy';
      stage: 'read' | 'check' | 'commit';
      done: number;
      total: number;
    }
  | { step: 'mapped'; summary: ReadSummary; report: CheckReport | null }
  | { step: 'done'; result: CommitResult }
  | { step: 'failed'; response: Extract<WorkerResponse, { type: 'failed' }> };

function newWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
}

/**
 * The import worker as React state: one worker per dialog, replaced on
 * Cancel (terminating it is the only way to stop a long read), closed when
 * the dialog goes. Every step's answer replaces the state; a stale answer
 * from a cancelled worker never arrives.
 */
export function useImportWorker(onCommitted: (result: CommitResult) => void) {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const summary = useRef<ReadSummary | null>(null);
  const committed = useRef(onCommitted);
  useEffect(() => {
    committed.current = onCommitted;
  }, [onCommitted]);

  const listen = useCallback((w: Worker) => {
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress')
        setState({
          step: 'busy',
          stage: message.stage,
          done: message.done,
          total: message.total,
        });
      else if (message.type === 'read') {
        // A file just read is checked at once with what was detected.
        summary.current = message.summary;
        setState({ step: 'busy', stage: 'check', done: 0, total: 0 });
        const check: WorkerRequest = {
          type: 'check',
          mapping: message.summary.mapping,
        };
        w.postMessage(check);
      } else if (message.type === 'check') {
        const read = summary.current;
        if (read)
          setState({ step: 'mapped', summary: read, report: message.report });
      } else if (message.type === 'commit') {
        setState({ step: 'done', result: message.result });
        committed.current(message.result);
      } else setState({ step: 'failed', response: message });
    };
    w.onerror = (event) => {
      setState({
        step: 'failed',
        response: {
          type: 'failed',
          stage: 'read',
          problem: null,
          message: event.message,
        },
      });
    };
  }, []);

  const current = useCallback(() => {
    if (!worker.current) {
      worker.current = newWorker();
      listen(worker.current);
    }
    return worker.current;
  }, [listen]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const send = useCallback(
    (request: WorkerRequest, transfer: Transferable[] = []) => {
      current().postMessage(request, transfer);
    },
    [current],
  );

  return {
    state,
    read: (
      bytes: ArrayBuffer,
      options: ReadOptions,
      catalog: RegionsResponse,
      remembered: Record<string, Mapping>,
    ) => {
      setState({ step: 'busy', stage: 'read', done: 0, total: 0 });
      send({ type: 'read', bytes, options, catalog, remembered }, [bytes]);
    },
    /** Reads the columns again from another header row, then checks. */
    header: (headerRow: number) => {
      setState({ step: 'busy', stage: 'read', done: 0, total: 0 });
      send({ type: 'header', headerRow });
    },
    /** A changed mapping: its report is gone until it is checked again. */
    edit: (mapping: Mapping) => {
      const read = summary.current;
      if (!read) return;
      summary.current = { ...read, mapping };
      setState({ step: 'mapped', summary: summary.current, report: null });
    },
    check: (mapping: Mapping) => {
      const read = summary.current;
      if (read) summary.current = { ...read, mapping };
      setState({ step: 'busy', stage: 'check', done: 0, total: 0 });
      send({ type: 'check', mapping });
    },
    commit: (mode: 'replace' | 'add', fileName: string) => {
      setState({ step: 'busy', stage: 'commit', done: 0, total: 0 });
      send({
        type: 'commit',
        mode,
        fileName,
        importedAt: new Date().toISOString(),
      });
    },
    /** Stops whatever runs and forgets the file: the dialog starts over. */
    cancel: () => {
      worker.current?.terminate();
      worker.current = null;
      summary.current = null;
      setState({ step: 'choose' });
    },
  };
}
