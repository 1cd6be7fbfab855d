import { afterEach, describe, expect, it, vi } from 'vitest';
import { inThreadEngine } from './engine';
import { type EngineReply, type EngineRequest, replyTo } from './protocol';
import { workerEngine } from './worker-engine';

/**
 * A stand-in for the browser's Worker: each message is answered by the real
 * engine in this thread, by the same `replyTo` as engine.worker.ts, or the
 * worker "crashes" on demand.
 */
class LoopbackWorker {
  static created: LoopbackWorker[] = [];
  static crashNext = false;
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly engine = inThreadEngine();

  constructor() {
    LoopbackWorker.created.push(this);
  }

  postMessage(message: EngineRequest) {
    if (LoopbackWorker.crashNext) {
      LoopbackWorker.crashNext = false;
      queueMicrotask(() => {
        this.onerror?.(
          new ErrorEvent('error', {
            message: 'out of memory',
            cancelable: true,
          }),
        );
      });
      return;
    }
    void replyTo(this.engine, message).then((reply) => {
      this.onmessage?.(new MessageEvent('message', { data: reply }));
    });
  }

  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  LoopbackWorker.created = [];
});

describe('the demo engine in a worker, seen from the page', () => {
  it('starts its worker at once and answers each request with its own reply', async () => {
    vi.stubGlobal('Worker', LoopbackWorker);
    const engine = workerEngine();
    expect(LoopbackWorker.created).toHaveLength(1);
    const [meta, totals] = await Promise.all([
      engine.answer(new Request('http://demo.test/api/meta')),
      engine.answer(
        new Request(
          'http://demo.test/api/trade/totals?pair=KZ-63~RU-ALT&from=2023-01&to=2023-08',
        ),
      ),
    ]);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-type')).toContain('application/json');
    const body = (await totals.json()) as { current: { turnover: number } };
    expect(body.current.turnover).toBe(927_000_000);
    expect(LoopbackWorker.created).toHaveLength(1);
  });

  it('passes a refusal on with its status and error body', async () => {
    vi.stubGlobal('Worker', LoopbackWorker);
    const response = await workerEngine().answer(
      new Request('http://demo.test/api/trade/totals?pair=nowhere'),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: expect.any(String) as string },
    });
  });

  it('fails the calls in flight when the worker stops, and the next call starts a new one', async () => {
    vi.stubGlobal('Worker', LoopbackWorker);
    const engine = workerEngine();
    LoopbackWorker.crashNext = true;
    await expect(
      engine.answer(new Request('http://demo.test/api/meta')),
    ).rejects.toThrow('the demo backend stopped: out of memory');
    expect(LoopbackWorker.created[0]?.terminated).toBe(true);
    const again = await engine.answer(new Request('http://demo.test/api/meta'));
    expect(again.status).toBe(200);
    expect(LoopbackWorker.created).toHaveLength(2);
  });

  it('says when no import is stored to serve', async () => {
    vi.stubGlobal('Worker', LoopbackWorker);
    expect(await workerEngine().serveStored()).toBe(false);
  });
});
