// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { regionsResponse } from '@/service/catalog/data/regions';
import { resolveSide } from './resolve-side';

const catalog = { regions: regionsResponse.regions };

describe('resolveSide', () => {
  it.each([
    ['KZ-63', 'KZ-63'],
    ['kz-63', 'KZ-63'],
    ['KZ-OTHER', 'KZ-OTHER'],
    ['Восточно-Казахстанская область', 'KZ-63'],
    ['ВОСТОЧНО-КАЗАХСТАНСКАЯ ОБЛАСТЬ', 'KZ-63'],
    ['Восточно-Казахстанская обл.', 'KZ-63'],
    ['«Восточно-Казахстанская»', 'KZ-63'],
    ['Восточно-Казахстанской области', 'KZ-63'],
    ['East Kazakhstan Region', 'KZ-63'],
    ['East Kazakhstan', 'KZ-63'],
    ['Шығыс Қазақстан облысы', 'KZ-63'],
    ['ВКО', 'KZ-63'],
    ['ЗКО', 'KZ-27'],
    ['СКО', 'KZ-59'],
    ['Павлодарская', 'KZ-55'],
    ['  павлодарская   область ', 'KZ-55'],
    ['Abai Region', 'KZ-10'],
    ['Казахстан', 'KZ-OTHER'],
    ['Республика Казахстан', 'KZ-OTHER'],
    ['РК', 'KZ-OTHER'],
    ['Kazakhstan', 'KZ-OTHER'],
    ['KZ', 'KZ-OTHER'],
    ['Қазақстан', 'KZ-OTHER'],
  ])('reads %j on the Kazakh side as %s', (text, code) => {
    expect(resolveSide(text, 'KZ', catalog)).toBe(code);
  });

  it.each([
    ['RU-ALT', 'RU-ALT'],
    ['Алтайский край', 'RU-ALT'],
    ['Алтайского края', 'RU-ALT'],
    ['Altai Krai', 'RU-ALT'],
    ['Алтай өлкесі', 'RU-ALT'],
    ['Республика Алтай', 'RU-AL'],
    ['Altai Republic', 'RU-AL'],
    ['Омская область', 'RU-OMS'],
    ['Омская обл', 'RU-OMS'],
    ['Омской области', 'RU-OMS'],
    ['Omsk Oblast', 'RU-OMS'],
    ['Омбы облысы', 'RU-OMS'],
    ['Оренбургская Область', 'RU-ORE'],
    ['Челябинская', 'RU-CHE'],
    ['Тюменская область', 'RU-TYU'],
    ['Россия', 'RU-OTHER'],
    ['Российская Федерация', 'RU-OTHER'],
    ['РФ', 'RU-OTHER'],
    ['Russia', 'RU-OTHER'],
    ['Russian Federation', 'RU-OTHER'],
    ['RU', 'RU-OTHER'],
    ['Ресей', 'RU-OTHER'],
  ])('reads %j on the Russian side as %s', (text, code) => {
    expect(resolveSide(text, 'RU', catalog)).toBe(code);
  });

  it.each([
    ['Алтайский край', 'KZ'],
    ['KZ-63', 'RU'],
    ['Алтай', 'RU'],
    ['Карагандинская область', 'KZ'],
    ['Московская область', 'RU'],
    ['KZ-99', 'KZ'],
    ['', 'KZ'],
    ['Россия', 'KZ'],
  ] as const)('reads %j on the %s side as nothing', (text, country) => {
    expect(resolveSide(text, country, catalog)).toBeNull();
  });

  it('reads numbers and empty cells as nothing', () => {
    expect(resolveSide(63, 'KZ', catalog)).toBeNull();
    expect(resolveSide(null, 'KZ', catalog)).toBeNull();
  });
});
