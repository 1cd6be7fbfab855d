import { bench, describe } from 'vitest';
import { generateCube } from '../mocks/data/generate';
import { selectionFor } from '../src/domain/cube';
import {
  cubeBySector,
  cubeMonthly,
  cubeRecords,
} from '../src/domain/cube-aggregate';

// The service's hot paths over the whole demo matrix (9 Kazakh rows × 13
// Russian columns × 108 months × 2 flows × 21 sections, ~530,000 cells).
const { cube } = generateCube();
const pairYear = selectionFor(cube, {
  pair: 'KZ-63~RU-ALT',
  from: '2023-01',
  to: '2023-12',
});
const countriesAll = selectionFor(cube, {
  pair: 'KZ~RU',
  from: '2017-01',
  to: '2025-12',
});

describe('service aggregations over the demo matrix', () => {
  bench('cubeMonthly: one pair, one year', () => {
    cubeMonthly(cube, pairYear);
  });
  bench('cubeMonthly: Kazakhstan ↔ Russia, all 108 months', () => {
    cubeMonthly(cube, countriesAll);
  });
  bench('cubeBySector: Kazakhstan ↔ Russia, all 108 months', () => {
    cubeBySector(cube, countriesAll);
  });
  bench('cubeRecords: one 5,000-record page', () => {
    cubeRecords(cube, countriesAll, 100_000, 5_000);
  });
  bench('generateCube', () => {
    generateCube();
  });
});
