// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sniffContainer } from './container';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffContainer', () => {
  it.each([
    ['a zip archive as xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'xlsx'],
    [
      'an OLE2 compound file as xls',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0),
      'xls',
    ],
    [
      'a truncated OLE2 signature as text',
      bytes(0xd0, 0xcf, 0x11, 0xe0),
      'text',
    ],
    ['a truncated zip signature as text', bytes(0x50, 0x4b), 'text'],
    [
      'text that starts with PK as text',
      new TextEncoder().encode('PK;1'),
      'text',
    ],
    ['no bytes as text', bytes(), 'text'],
  ] as const)('reads %s', (_, input, expected) => {
    expect(sniffContainer(input)).toBe(expected);
  });
});
