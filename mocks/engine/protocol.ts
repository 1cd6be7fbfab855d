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
