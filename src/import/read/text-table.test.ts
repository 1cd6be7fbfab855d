// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDelimited } from './text-table';

describe('parseDelimited', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('splits %s lines into rows of text cells', (_, newline) => {
    const text = ['a;1 234,5;', ';"x;y";z ', ''].join(newline);
    expect(parseDelimited(text, ';')).toEqual([
      ['a', '1 234,5', null],
      [null, 'x;y', 'z '],
    ]);
  });

  it('removes a stray \\r of mixed line breaks from the last cell', () => {
    expect(parseDelimited('a;b\r\nc;d\ne;f\r\n', ';')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps quotes, line breaks inside quotes and inner empty lines', () => {
    expect(parseDelimited('"a ""b""\nc";2\n\n3;\n\n\n', ';')).toEqual([
      ['a "b"\nc', '2'],
      [],
      ['3', null],
    ]);
  });

  it('keeps numbers as written', () => {
    expect(parseDelimited('0401\t1234,5\t-0.5\t1e3', '\t')).toEqual([
      ['0401', '1234,5', '-0.5', '1e3'],
    ]);
  });

  it('reads an unterminated quote to the end without failing', () => {
    expect(parseDelimited('a;"b;c\nd', ';')).toEqual([['a', 'b;c\nd']]);
  });
});
