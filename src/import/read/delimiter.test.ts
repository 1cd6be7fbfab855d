// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from './delimiter';

const lines = (...rows: string[]) => rows.join('\r\n');

describe('guessDelimiter', () => {
  it.each([
    [
      '; with decimal commas and a comma in the header',
      lines(
        'Период;Регион;Стоимость, тыс. долл. США',
        '2024-01;KZ-63;1 234,5',
        '2024-02;KZ-63;12,5',
      ),
      ';',
    ],
    [
      '; although , gives more lines the same column count',
      lines(
        'Регион;Янв',
        'KZ-63;1,5;2,5;3,5',
        'KZ-27;1,5;2,5;3,5;4',
        'KZ-10;1,5;2,5;3,5;4;5',
      ),
      ';',
    ],
    [
      'tab with decimal commas',
      lines('Код\tЯнв\tФев', '0401\t1 234,5\t2,5', '2710\t3,25\t4,5'),
      '\t',
    ],
    [
      ', with decimal points and quoted fields',
      lines(
        'period,region,"value, thousand USD"',
        '2024-01,KZ-63,1234.5',
        '2024-02,KZ-63,"12.5"',
      ),
      ',',
    ],
    [
      '|',
      lines('period|region|value', '2024-01|KZ-63|1,5', '2024-02|KZ-63|2'),
      '|',
    ],
    [
      'the delimiter of the table below single-cell title rows',
      lines(
        'Экспорт Казахстана в Россию, тыс. долл. США',
        'по данным, на 1 марта',
        '',
        'Период\tРегион\tСтоимость',
        '2024-01\tKZ-63\t5',
      ),
      '\t',
    ],
    [
      'quoted delimiters and line breaks as part of a field',
      lines('a;"b;c;d\ne;f";g', 'h;i;j', 'k;l;m'),
      ';',
    ],
    ['; when nothing splits', lines('один', 'два'), ';'],
    ['; for no text', '', ';'],
  ] as const)('guesses %s', (_, text, expected) => {
    expect(guessDelimiter(text)).toBe(expected);
  });

  it('looks only at the start of a long line', () => {
    const started = performance.now();
    expect(guessDelimiter('a,b|'.repeat(5_000_000))).toBe(',');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
