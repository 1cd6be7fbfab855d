import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES, type Mapping, UNITS } from '@/import/types';
import {
  damaged,
  HOSTILE_RUNS,
  hostileParameters,
  hostileStored,
  hostileText,
} from '@/test/hostile-input';
import { memoryStorage } from '@/test/storage';
import {
  mappingFor,
  rememberedMappings,
  rememberMapping,
} from './remembered-mappings';

const KEY = 'btd.import-mappings';

const mapping: fc.Arbitrary<Mapping> = fc.record({
  headerRow: fc.nat(40),
  layout: fc.constantFrom('long' as const, 'wide' as const),
  roles: fc.array(fc.constantFrom(...COLUMN_ROLES), { maxLength: 12 }),
  kz: fc.constantFrom(null, 'KZ', 'KZ-63'),
  ru: fc.constantFrom(null, 'RU', 'RU-ALT'),
  flow: fc.constantFrom(null, 'export' as const, 'import' as const),
  unit: fc.constantFrom(null, ...UNITS),
});

/** Header signatures, the keys of the stored record: any text at all. */
const signature = fc.oneof(
  fc.constantFrom('Период␟Сумма', '__proto__', 'constructor', 'toString'),
  hostileText,
);

const storedMappings = fc
  .array(fc.tuple(signature, fc.oneof(mapping, damaged(mapping))), {
    maxLength: 25,
  })
  .map((entries) => Object.fromEntries(entries) as Record<string, unknown>);

/** Whether a value is a mapping the import can use. */
function expectMapping(value: Mapping): void {
  expect(Object.keys(value).sort()).toEqual(
    ['flow', 'headerRow', 'kz', 'layout', 'roles', 'ru', 'unit'].sort(),
  );
  expect(Number.isSafeInteger(value.headerRow)).toBe(true);
  expect(value.headerRow).toBeGreaterThanOrEqual(0);
  expect(['long', 'wide']).toContain(value.layout);
  expect(Array.isArray(value.roles)).toBe(true);
  for (const role of value.roles) expect(COLUMN_ROLES).toContain(role);
  expect(value.kz === null || /^KZ(-\d{2})?$/.test(value.kz)).toBe(true);
  expect(value.ru === null || /^RU(-[A-Z]{2,3})?$/.test(value.ru)).toBe(true);
  expect([null, 'export', 'import']).toContain(value.flow);
  expect([null, ...UNITS]).toContain(value.unit);
}

describe(`remembered import mappings (${String(HOSTILE_RUNS)} runs each)`, () => {
  it('load as usable mappings or as none, whatever the entry holds', () => {
    fc.assert(
      fc.property(hostileStored(storedMappings), (raw) => {
        const storage = memoryStorage({ [KEY]: raw });
        const remembered = rememberedMappings(storage);
        expect(Object.getPrototypeOf(remembered)).toBe(Object.prototype);
        for (const value of Object.values(remembered)) expectMapping(value);
      }),
      hostileParameters,
    );
  });

  it('remember a new mapping over any entry, and find only what was remembered', () => {
    fc.assert(
      fc.property(
        hostileStored(storedMappings),
        signature,
        mapping,
        signature,
        (raw, key, confirmed, other) => {
          const storage = memoryStorage({ [KEY]: raw });
          rememberMapping(key, confirmed, storage);
          const remembered = rememberedMappings(storage);
          expect(Object.keys(remembered).length).toBeLessThanOrEqual(20);
          expect(mappingFor(remembered, key)).toEqual(confirmed);
          const found = mappingFor(remembered, other);
          if (found !== undefined) expectMapping(found);
        },
      ),
      hostileParameters,
    );
  });
});

describe('rememberedMappings', () => {
  const confirmed: Mapping = {
    headerRow: 1,
    layout: 'long',
    roles: ['period', 'value'],
    kz: 'KZ-63',
    ru: null,
    flow: 'export',
    unit: 'usd',
  };

  it('remembers a header named __proto__ like any other', () => {
    // Found by the property: zod's record skipped the key, so the mapping
    // of such a file was forgotten as soon as it was remembered.
    const storage = memoryStorage();
    rememberMapping('__proto__', confirmed, storage);
    const remembered = rememberedMappings(storage);
    expect(mappingFor(remembered, '__proto__')).toEqual(confirmed);
    expect(Object.getPrototypeOf(remembered)).toBe(Object.prototype);
  });

  it('drops a damaged mapping on its own and keeps the others', () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({
        good: confirmed,
        bad: { ...confirmed, roles: ['<script>'] },
      }),
    });
    expect(rememberedMappings(storage)).toEqual({ good: confirmed });
  });
});

describe('mappingFor', () => {
  it('finds nothing for a header named like what every object inherits', () => {
    // The worker looked mappings up by plain indexing: a file whose header
    // is `constructor` got `Object` as its mapping, which it could not even
    // post back to the page.
    const remembered = rememberedMappings(memoryStorage());
    for (const header of ['constructor', 'toString', '__proto__', 'valueOf'])
      expect(mappingFor(remembered, header)).toBeUndefined();
  });
});
