import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

/** Flattens a catalogue to its keys, folding plural suffixes into one key. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

const catalogues = { en, ru, kk };

describe('translation catalogues', () => {
  it.each(Object.entries(catalogues))(
    '%s has every key that any other catalogue has',
    (_, catalogue) => {
      const all = new Set(Object.values(catalogues).flatMap((c) => keys(c)));
      const own = new Set(keys(catalogue));
      expect([...all].filter((k) => !own.has(k))).toEqual([]);
    },
  );

  it.each(['ru', 'kk'] as const)(
    '%s leaves no value identical to a long English sentence',
    (lng) => {
      const flat = (c: object) =>
        Object.fromEntries(keys(c).map((k) => [k, k]));
      expect(Object.keys(flat(catalogues[lng])).length).toBeGreaterThan(0);
      const leftovers: string[] = [];
      const walk = (a: unknown, b: unknown, path: string) => {
        if (typeof a === 'string' && typeof b === 'string') {
          // Placeholders and symbols are the same in every language: only
          // words count.
          const words = a
            .replace(/\{\{[^}]*\}\}/g, ' ')
            .split(' ')
            .filter((w) => /\p{L}/u.test(w));
          if (a === b && words.length > 3) leftovers.push(path);
          return;
        }
        if (typeof a === 'object' && a && typeof b === 'object' && b) {
          for (const key of Object.keys(a))
            walk(
              (a as Record<string, unknown>)[key],
              (b as Record<string, unknown>)[key],
              `${path}.${key}`,
            );
        }
      };
      walk(en, catalogues[lng], lng);
      expect(leftovers).toEqual([]);
    },
  );
});
