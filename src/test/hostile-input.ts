/**
 * Arbitraries for the hostile-input properties: what a link, a storage
 * entry or an imported file may hold when nobody vouches for it. Every
 * property of that family runs `HOSTILE_RUNS` cases with a fixed seed, so a
 * failure reproduces; fast-check prints the failing case.
 */
import fc from 'fast-check';

/** Runs per hostile-input property: the brief's floor, kept fast by bounded sizes. */
export const HOSTILE_RUNS = 1000;

/** Fixed so that a failure reproduces. */
export const HOSTILE_SEED = 20260101;

export const hostileParameters = { numRuns: HOSTILE_RUNS, seed: HOSTILE_SEED };

/** Markup, script and prototype names: text that must stay text. */
const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '\uD800',
  '\uDFFF',
  '💥',
  'Ақмола',
  'Шығыс',
  '%',
  '%2',
  '%ZZ',
  '%00',
  '%C0%AF',
  '%E2%80',
  '%F0%9F%92%A5',
  '%2C',
  '%26',
  '%3D',
  '+',
  ' ',
  '',
];

/**
 * Text of every kind: any code point (lone surrogates included), graphemes,
 * markup and broken percent-encoding, and now and then a huge run.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...NASTY), fc.string()), {
        maxLength: 6,
      })
      .map((parts) => parts.join('')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', '%', 'Я', '<b>', ',', '💥'), fc.nat(20_000))
      .map(([unit, n]) => unit.repeat(n)),
  },
);

/** Any JSON value, any text, and JSON of a shape close to what is expected. */
export function hostileStored(
  ...nearMisses: fc.Arbitrary<unknown>[]
): fc.Arbitrary<string> {
  return fc.oneof(
    fc.json(),
    hostileText,
    fc.jsonValue().map((value) => JSON.stringify(value)),
    ...nearMisses.map((arbitrary) =>
      arbitrary.map((value) => JSON.stringify(value)),
    ),
  );
}

/**
 * A record whose fields are sometimes replaced by any JSON value or left
 * out: the near misses a format change or a tampered entry leaves behind.
 */
export function damaged<T extends Record<string, unknown>>(
  valid: fc.Arbitrary<T>,
): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.oneof(
            fc.constant(undefined),
            fc.jsonValue(),
            fc.constantFrom(...NASTY),
          ),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([value, changes]) => {
      const next: Record<string, unknown> = { ...value };
      const keys = Object.keys(next);
      for (const [at, replacement] of changes) {
        const key = keys[at % Math.max(1, keys.length)];
        if (key === undefined) continue;
        if (replacement === undefined) Reflect.deleteProperty(next, key);
        else next[key] = replacement;
      }
      return next;
    });
}
