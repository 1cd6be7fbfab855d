// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFlow } from './parse-flow';

describe('parseFlow', () => {
  it.each([
    ['экспорт', 'export'],
    ['Экспорт', 'export'],
    [' ЭКСПОРТ ', 'export'],
    ['export', 'export'],
    ['Export', 'export'],
    ['ЭК', 'export'],
    ['EXP', 'export'],
    ['экс', 'export'],
    ['экс.', 'export'],
    ['импорт', 'import'],
    ['import', 'import'],
    ['ИМ', 'import'],
    ['IMP', 'import'],
    ['имп', 'import'],
  ])('reads %j as %s', (cell, flow) => {
    expect(parseFlow(cell)).toBe(flow);
  });

  it.each([[null], [''], ['транзит'], ['x'], [1]])('rejects %j', (cell) => {
    expect(parseFlow(cell)).toBeNull();
  });
});
