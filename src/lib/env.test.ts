import { describe, expect, test } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
  test('without a backend the demo backend answers on the app’s origin', () => {
    expect(readEnv({ BASE_URL: '/' })).toEqual({
      apiBaseUrl: '',
      baseUrl: '/',
      demo: true,
    });
  });

  test('a backend origin turns the demo off, without a trailing slash', () => {
    expect(
      readEnv({
        BASE_URL: '/',
        VITE_API_BASE_URL: 'https://trade.example.kz/',
      }),
    ).toEqual({
      apiBaseUrl: 'https://trade.example.kz',
      baseUrl: '/',
      demo: false,
    });
  });

  test('same-origin: the reference server answers on the app’s origin, no demo', () => {
    expect(readEnv({ BASE_URL: '/', VITE_BACKEND: 'same-origin' })).toEqual({
      apiBaseUrl: '',
      baseUrl: '/',
      demo: false,
    });
  });

  test('same-origin with a backend origin, or an unknown backend, fails the boot', () => {
    expect(() =>
      readEnv({
        BASE_URL: '/',
        VITE_BACKEND: 'same-origin',
        VITE_API_BASE_URL: 'https://trade.example.kz',
      }),
    ).toThrow();
    expect(() => readEnv({ BASE_URL: '/', VITE_BACKEND: 'msw' })).toThrow();
  });
});
