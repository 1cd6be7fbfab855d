// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSubtotalLabel } from './is-subtotal-label';

describe('isSubtotalLabel', () => {
  it.each([
    ['Всего'],
    ['ВСЕГО'],
    ['Итого'],
    ['Итого:'],
    ['Total'],
    ['Grand total'],
    ['Барлығы'],
    ['Жиыны'],
    ['Всего по области'],
    ['Итого по Восточно-Казахстанской области'],
    ['I квартал 2024'],
    ['1 кв. 2024'],
    ['Q1 2024'],
    ['I полугодие'],
    ['H1 2024'],
  ])('%j sums other rows', (text) => {
    expect(isSubtotalLabel(text)).toBe(true);
  });

  it.each([
    [''],
    ['Алтайский край'],
    ['Восточно-Казахстанская область'],
    ['76 Алюминий и изделия из него'],
    ['январь 2024'],
    ['январь-март 2024'],
    ['2024'],
    ['Всеволожск'],
    ['Totally'],
  ])('%j does not', (text) => {
    expect(isSubtotalLabel(text)).toBe(false);
  });
});
