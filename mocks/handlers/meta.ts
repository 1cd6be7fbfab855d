import { http, HttpResponse } from 'msw';
import type { DatasetMeta } from '../../src/api/schemas/meta';

/** GET /api/meta: calibrations, assumptions, caveats and sources of the dataset. */
export const metaHandler = http.get('*/api/meta', async () => {
  const data = await import('../data/dataset');
  const body: DatasetMeta = data.dataset.meta;
  return HttpResponse.json(body);
});
