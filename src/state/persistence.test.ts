import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { loadView, saveView } from './persistence';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      data.set(key, value);
    },
  };
}

describe('view persistence', () => {
  it('gives back the view it saved', () => {
    const storage = memoryStorage();
    const view = {
      ...DEFAULT_FILTERS,
      flow: 'import' as const,
      sectors: ['II' as const],
    };
    saveView(storage, view);
    expect(loadView(storage)).toEqual(view);
  });

  it.each([
    ['not JSON', '{oops'],
    [
      'an unknown version',
      JSON.stringify({ version: 99, filters: DEFAULT_FILTERS }),
    ],
    ['no version', JSON.stringify(DEFAULT_FILTERS)],
    [
      'a bad field',
      JSON.stringify({
        version: 1,
        filters: { ...DEFAULT_FILTERS, flow: 'up' },
      }),
    ],
    ['null', 'null'],
  ])('falls back to nothing, without throwing, for %s', (_, raw) => {
    expect(loadView(memoryStorage({ 'btd.view': raw }))).toBeNull();
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadView(broken)).toBeNull();
    expect(() => {
      saveView(broken, DEFAULT_FILTERS);
    }).not.toThrow();
  });
});
