import type { DemoEngine } from './engine';
import type { EngineReply, EngineRequest } from './protocol';

/** A request without its id: the proxy numbers it. */
type Ask<R = EngineRequest> = R extends EngineRequest ? Omit<R, 'id'> : never;

/**
 * The demo engine in a dedicated worker, seen from the page: each call is
 * one message and its reply. `early` is a worker of engine.worker.ts
 * already started (src/demo-start.ts). The worker starts building the dataset when
 * it is created. A worker that fails fails every call in flight, as a
 * network error would, and the next call starts a fresh one.
 */
export function workerEngine(early: Worker | null = null): DemoEngine {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (reply: EngineReply) => void; reject: (error: Error) => void }
  >();

  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  const start = (given: Worker | null = null): Worker => {
    const created =
      given ??
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'demo-backend',
      });
    created.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = event.data;
      pending.get(reply.id)?.resolve(reply);
      pending.delete(reply.id);
    };
    created.onerror = (event) => {
      event.preventDefault();
      fail(new Error(`the demo backend stopped: ${event.message}`));
    };
    return created;
  };
  const ask = (message: Ask): Promise<EngineReply> => {
    worker ??= start();
    const id = (nextId += 1);
    const target = worker;
    return new Promise<EngineReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ ...message, id });
    }).then((reply) => {
      if (reply.type === 'failed') throw new Error(reply.message);
      return reply;
    });
  };
  // Now (or earlier, `early`), so the dataset is built while the page starts.
  worker = start(early);

  return {
    async answer(request) {
      const reply = await ask({
        type: 'answer',
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        body:
          request.method === 'GET' || request.method === 'HEAD'
            ? null
            : await request.text(),
      });
      if (reply.type !== 'answer')
        throw new Error('the demo backend answered out of turn');
      return new Response(reply.body === '' ? null : reply.body, {
        status: reply.status,
        headers: reply.headers,
      });
    },
    async serveStored() {
      const reply = await ask({ type: 'serve-stored' });
      return reply.type === 'served' && reply.stored;
    },
    async serveDemo() {
      await ask({ type: 'serve-demo' });
    },
  };
}
