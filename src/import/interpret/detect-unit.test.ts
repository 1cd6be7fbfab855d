// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectUnit } from './detect-unit';

describe('detectUnit', () => {
  it.each([
    ['тыс. долл. США', 'thousand-usd'],
    ['тыс. долларов США', 'thousand-usd'],
    ['тыс.долл.', 'thousand-usd'],
    ['Стоимость, тыс. долл. США', 'thousand-usd'],
    ['thousand US dollars', 'thousand-usd'],
    ['thousands of USD', 'thousand-usd'],
    ['USD thousand', 'thousand-usd'],
    ['мың АҚШ доллары', 'thousand-usd'],
    ['млн долл. США', 'million-usd'],
    ['million USD', 'million-usd'],
    ['млн АҚШ доллары', 'million-usd'],
    ['долл. США', 'usd'],
    ['долларов США', 'usd'],
    ['US dollars', 'usd'],
    ['USD', 'usd'],
    ['value_usd', 'usd'],
    ['стоимость_долл_сша', 'usd'],
    ['құны_ақш_доллары', 'usd'],
  ])('reads %j as %s', (text, unit) => {
    expect(detectUnit(text)).toBe(unit);
  });

  it.each([[''], ['тыс. тенге'], ['тонн'], ['Стоимость']])(
    'finds no unit in %j',
    (text) => {
      expect(detectUnit(text)).toBeNull();
    },
  );
});
