// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { compressible, preferredEncoding, varyWith } from './compress';

describe('preferredEncoding', () => {
  test.each([
    [undefined, null],
    ['', null],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0', 'gzip'],
    ['identity', null],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, *;q=0.1', 'br'],
    ['BR', 'br'],
    ['gzip; q=0', null],
  ])('%j → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('compressible', () => {
  test.each([
    ['text/javascript; charset=utf-8', true],
    ['text/html; charset=utf-8', true],
    ['application/json; charset=utf-8', true],
    ['image/svg+xml', true],
    ['application/manifest+json; charset=utf-8', true],
    ['image/png', false],
    ['font/woff2', false],
    ['application/octet-stream', false],
  ])('%s → %s', (type, expected) => {
    expect(compressible(type)).toBe(expected);
  });
});

describe('varyWith', () => {
  test('adds the name once to what is there', () => {
    expect(varyWith(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
    expect(varyWith('Origin', 'Accept-Encoding')).toBe(
      'Origin, Accept-Encoding',
    );
    expect(varyWith('Origin, accept-encoding', 'Accept-Encoding')).toBe(
      'Origin, accept-encoding',
    );
  });
});
