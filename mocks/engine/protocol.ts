import type { DemoEngine } from './engine';

/** What the page asks the demo engine's worker (engine.worker.ts). */
export type EngineRequest =
  | {
      id: number;
      type: 'answer';
      url: string;
      method: string;
      headers: [string, string][];
      body: string | null;
    }
  | { id: number; type: 'serve-stored' | 'serve-demo' };

/** The worker's reply to the request of the same id. */
export type EngineReply =
  | {
      id: number;
      type: 'answer';
      status: number;
      headers: [string, string][];
      body: string;
    }
  | { id: number; type: 'served'; stored: boolean }
  | { id: number; type: 'failed'; message: string };

/** The engine's reply to one request: what the worker posts back. */
export async function replyTo(
  engine: DemoEngine,
  message: EngineRequest,
): Promise<EngineReply> {
  switch (message.type) {
    case 'answer': {
      const response = await engine.answer(
        new Request(message.url, {
          method: message.method,
          headers: message.headers,
          ...(message.body === null ? {} : { body: message.body }),
        }),
      );
      return {
        id: message.id,
        type: 'answer',
        status: response.status,
        headers: [...response.headers],
        body: await response.text(),
      };
    }
    case 'serve-stored':
      return {
        id: message.id,
        type: 'served',
        stored: await engine.serveStored(),
      };
    case 'serve-demo':
      await engine.serveDemo();
      return { id: message.id, type: 'served', stored: false };
  }
}
