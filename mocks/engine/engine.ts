import { clearUserData, loadUserData } from '@/lib/user-data-store';
import type { Dataset } from '@/service/dataset';
import { createService, type Service } from '@/service/service';

/**
 * Where the demo backend computes its answers: the one service over the
 * analyst's stored import, else over the demo dataset. In the browser it
 * runs in a dedicated worker (worker-engine.ts), so generating the demo
 * dataset and summing it never hold the page's thread; tests run it in
 * their own thread. Both are this code.
 */
export type DemoEngine = {
  /** The service's answer to a request under /api/. */
  answer(request: Request): Promise<Response>;
  /** Serves the stored import; false when none is stored (nothing changes). */
  serveStored(): Promise<boolean>;
  /** Forgets the stored import and serves the demo dataset again. */
  serveDemo(): Promise<void>;
};

/** The demo dataset, once its generator's chunk has loaded. */
function demo(generator = import('../data/dataset')): Promise<Dataset> {
  return generator.then(({ demoDataset }) => demoDataset());
}

/** The analyst's stored import as a dataset, or null when there is none. */
async function stored(): Promise<Dataset | null> {
  const data = await loadUserData();
  if (!data) return null;
  const { createUserDataset } = await import('@/service/user-dataset');
  return createUserDataset(data);
}

/**
 * The engine in this thread. `eager` starts building the dataset at once
 * (the worker: it has nothing else to do); otherwise on the first request.
 */
export function inThreadEngine({ eager = false } = {}): DemoEngine {
  let service: Service | undefined;
  const active = (): Service => {
    if (service) return service;
    // The generator's chunk loads while the stored import is looked for.
    const generator = import('../data/dataset');
    generator.catch(() => undefined);
    service = createService(
      stored().then((dataset) => dataset ?? demo(generator)),
    );
    return service;
  };
  if (eager) active();
  return {
    answer: (request) => active().fetch(request),
    async serveStored() {
      const dataset = await stored();
      if (!dataset) return false;
      service = createService(Promise.resolve(dataset));
      return true;
    },
    async serveDemo() {
      await clearUserData();
      service = createService(demo());
    },
  };
}
