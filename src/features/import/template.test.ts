// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { detectMapping } from '@/import/interpret/detect-mapping';
import { interpret } from '@/import/interpret/interpret';
import { readTable } from '@/import/read/read-table';
import { regionsResponse } from '@/service/catalog/data/regions';
import { TEMPLATE_CSV } from './template';

describe('the import template', () => {
  test('imports its own example row without a problem or a question', () => {
    const read = readTable(new TextEncoder().encode(TEMPLATE_CSV));
    if (!read.ok) throw new Error('the template does not read');
    const catalog = { regions: regionsResponse.regions };
    const mapping = detectMapping(read.table, catalog);
    const result = interpret(read.table, mapping, catalog);
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      expect.objectContaining({
        kz: 'KZ-63',
        ru: 'RU-ALT',
        month: '2024-01',
        flow: 'export',
        chapter: '76',
        valueUsd: 1_250_000,
      }),
    ]);
  });
});
