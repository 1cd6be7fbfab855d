import { inThreadEngine } from './engine';
import type { EngineReply, EngineRequest } from './protocol';

/**
 * The demo backend's worker: it builds the dataset as soon as it starts,
 * beside the page's first render, and answers the page's requests one
 * message each.
 */
const scope = self as unknown as {
  postMessage: (message: EngineReply) => void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
};

const engine = inThreadEngine({ eager: true });

async function reply(message: EngineRequest): Promise<EngineReply> {
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

scope.onmessage = (event) => {
  const message = event.data;
  reply(message).then(scope.postMessage, (error: unknown) => {
    scope.postMessage({
      id: message.id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
