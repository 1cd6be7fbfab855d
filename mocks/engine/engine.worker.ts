import { inThreadEngine } from './engine';
import { type EngineReply, type EngineRequest, replyTo } from './protocol';

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

scope.onmessage = (event) => {
  const message = event.data;
  replyTo(engine, message).then(scope.postMessage, (error: unknown) => {
    scope.postMessage({
      id: message.id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
