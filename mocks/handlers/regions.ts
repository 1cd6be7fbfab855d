import { http, HttpResponse } from 'msw';
import type { RegionsResponse } from '../../src/api/schemas/regions';

/** GET /api/regions: the border regions and the 19 pairs. */
export const regionsHandler = http.get('*/api/regions', async () => {
  // Same chunk as the trade data: the regions are tiny and always needed with it.
  const data = await import('../data/dataset');
  const body: RegionsResponse = data.dataset.regions;
  return HttpResponse.json(body);
});
