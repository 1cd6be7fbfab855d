import type { RegionsResponse } from '@/api/schemas/regions';

/**
 * What interpreting needs to know of the dashboard's catalogue. It is a
 * parameter, not an import: in the browser it comes over HTTP
 * (GET /api/regions).
 */
export type ImportCatalog = { regions: RegionsResponse['regions'] };
