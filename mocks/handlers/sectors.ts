import { http, HttpResponse } from 'msw';
import type { SectorsResponse } from '../../src/api/schemas/sectors';

/** GET /api/sectors: the 21 HS sections with their dashboard groups. */
export const sectorsHandler = http.get('*/api/sectors', async () => {
  const data = await import('../data/dataset');
  const body: SectorsResponse = data.dataset.sectors;
  return HttpResponse.json(body);
});
