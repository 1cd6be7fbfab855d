// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodSpan } from './parse-period';

describe('parsePeriod', () => {
  it.each([
    ['январь 2024 года', '2024-01'],
    ['январь 2024', '2024-01'],
    ['Январь 2024 г.', '2024-01'],
    ['ЯНВАРЬ 2024', '2024-01'],
    ['янв.24', '2024-01'],
    ['янв 2024', '2024-01'],
    ['2024-01', '2024-01'],
    ['2024-01-01', '2024-01'],
    ['2024-01-31 00:00:00', '2024-01'],
    ['01.2024', '2024-01'],
    ['1.2024', '2024-01'],
    ['15.03.2024', '2024-03'],
    ['January 2024', '2024-01'],
    ['Jan 2024', '2024-01'],
    ['Jan-24', '2024-01'],
    ['2024M01', '2024-01'],
    ['2024m12', '2024-12'],
    ['2024/01', '2024-01'],
    ['февраля 2024', '2024-02'],
    ['мая 2023 года', '2023-05'],
    ['Sept 2023', '2023-09'],
    ['қаңтар 2024 ж.', '2024-01'],
    ['ақпан 2024', '2024-02'],
    ['наурыз 2024', '2024-03'],
    ['сәуір 2024', '2024-04'],
    ['мамыр 2024', '2024-05'],
    ['маусым 2024', '2024-06'],
    ['шілде 2024', '2024-07'],
    ['тамыз 2024', '2024-08'],
    ['қыркүйек 2024', '2024-09'],
    ['қазан 2024', '2024-10'],
    ['қараша 2024', '2024-11'],
    ['желтоқсан 2024 ж.', '2024-12'],
    ['2024 ж. қаңтар', '2024-01'],
    [202403, '2024-03'],
  ])('reads %j as the month %s', (cell, month) => {
    expect(parsePeriod(cell)).toEqual({
      kind: 'month',
      month,
      preliminary: false,
    });
  });

  it.each([
    ['февраль 2024*', '2024-02'],
    ['февраль 2024 *)', '2024-02'],
    ['2024-02**', '2024-02'],
  ])('reads %j as a preliminary month %s', (cell, month) => {
    expect(parsePeriod(cell)).toEqual({
      kind: 'month',
      month,
      preliminary: true,
    });
  });

  it.each([
    ['I квартал 2024'],
    ['1 кв. 2024'],
    ['1-й квартал 2024'],
    ['Q1 2024'],
    ['2024Q1'],
    ['I полугодие 2024'],
    ['H1 2024'],
    ['2024'],
    ['2024 год'],
    ['2024 ж.'],
    [2024],
    ['январь-март 2024'],
    ['январь–декабрь'],
    ['Всего'],
    ['Итого'],
    ['Total'],
    ['Барлығы'],
    ['Жиыны'],
  ])('reads %j as an aggregate', (cell) => {
    expect(parsePeriod(cell)).toEqual({
      kind: 'aggregate',
      label: String(cell).trim(),
    });
  });

  it.each([
    [null],
    [''],
    ['abc'],
    ['январь'],
    ['2024-13'],
    ['13.2024'],
    ['Q5 2024'],
    ['март-январь 2024'],
    [3.5],
    ['Алтайский край'],
  ])('rejects %j', (cell) => {
    expect(parsePeriod(cell)).toBeNull();
  });

  it('tells what an aggregate covers', () => {
    expect(periodSpan('Всего')).toEqual({ kind: 'total' });
    expect(periodSpan('2024 год')).toEqual({
      kind: 'months',
      year: 2024,
      from: 1,
      to: 12,
    });
    expect(periodSpan('II квартал 2024')).toEqual({
      kind: 'months',
      year: 2024,
      from: 4,
      to: 6,
    });
    expect(periodSpan('H2 2023')).toEqual({
      kind: 'months',
      year: 2023,
      from: 7,
      to: 12,
    });
    expect(periodSpan('январь-март')).toEqual({
      kind: 'months',
      year: null,
      from: 1,
      to: 3,
    });
    expect(periodSpan('январь 2024')).toBeNull();
  });
});
