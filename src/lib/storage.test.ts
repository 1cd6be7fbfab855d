import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brokenStorage, memoryStorage } from '@/test/storage';
import { jsonValue, readStored, textValue, writeStored } from './storage';

const COUNT = jsonValue('test.count', z.object({ n: z.number() }));
const MODE = textValue('test.mode', z.enum(['a', 'b']));

describe('readStored', () => {
  it.each<[string, string | undefined, unknown]>([
    ['a valid JSON value', '{"n":3}', { n: 3 }],
    ['nothing stored', undefined, 'fallback'],
    ['text that is not JSON', '{oops', 'fallback'],
    ['JSON that fails the schema', '{"n":"3"}', 'fallback'],
    ['JSON null', 'null', 'fallback'],
    ['an empty string', '', 'fallback'],
  ])('gives back %s as %j', (_, raw, expected) => {
    const storage = memoryStorage(
      raw === undefined ? {} : { 'test.count': raw },
    );
    expect(readStored(storage, COUNT, 'fallback')).toEqual(expected);
  });

  it.each<[string, string]>([
    ['b', 'b'],
    ['"b"', 'fallback'],
    ['c', 'fallback'],
  ])('reads a bare text %s as %s, without JSON', (raw, expected) => {
    const storage = memoryStorage({ 'test.mode': raw });
    expect(readStored(storage, MODE, 'fallback')).toBe(expected);
  });

  it('gives the fallback when there is no storage or it throws', () => {
    expect(readStored(undefined, COUNT, null)).toBeNull();
    expect(readStored(brokenStorage, COUNT, null)).toBeNull();
  });
});

describe('writeStored', () => {
  it('writes JSON for structured values and bare text for text values', () => {
    const storage = memoryStorage();
    writeStored(storage, COUNT, { n: 7 });
    writeStored(storage, MODE, 'a');
    expect(Object.fromEntries(storage.data)).toEqual({
      'test.count': '{"n":7}',
      'test.mode': 'a',
    });
    expect(readStored(storage, COUNT, null)).toEqual({ n: 7 });
    expect(readStored(storage, MODE, null)).toBe('a');
  });

  it('does not throw when the storage is missing, full or blocked', () => {
    expect(() => {
      writeStored(undefined, MODE, 'a');
      writeStored(brokenStorage, MODE, 'a');
    }).not.toThrow();
  });
});
