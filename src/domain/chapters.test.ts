import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '@/service/catalog/data/chapters';
import { matchChapters } from './chapters';

describe('matchChapters', () => {
  it.each([
    // empty and nonsense
    ['', []],
    ['   ', []],
    ['!?…', []],
    ['xyzzy', []],
    ['qwertyuiop асдф', []],
    // codes: first two digits; one digit names nothing
    ['76', ['76']],
    ['7601', ['76']],
    ['7601.10', ['76']],
    [' 7601 10 000 ', ['76']],
    ['04', ['04']],
    ['4', []],
    ['0', []],
    ['77', []],
    ['98', []],
    ['00', []],
    // words in any language, any case, ё as е, punctuation ignored
    ['honey', ['04']],
    ['HONEY!', ['04']],
    ['мёд', ['04']],
    ['мед', ['04']],
    ['МЁД', ['04']],
    ['бал', ['04']],
    ['Бал,', ['04']],
    ['алюмин', ['76']],
    ['алюминий', ['76']],
    ['aluminium', ['76']],
    ['шелк', ['50']],
    ['шёлк', ['50']],
    ['жібек', ['42', '50']], // 42: «жібек құртының» (silk-worm gut)
    ["birds'", ['04']],
    ['дәнді дақылдар', ['10']], // 19 has «дақылдардан», no whole word
    // every word must match; a number among words is a code
    ['iron steel', ['72', '73']],
    ['natural hon', ['04']],
    ['76 алюмин', ['76']],
    ['74 алюмин', []],
  ])('%j names chapters %j', (query, expected) => {
    expect(matchChapters(query, CHAPTERS)).toEqual(expected);
  });

  it('matches word prefixes only when no chapter has the whole word', () => {
    // «балы» is no whole word; as a prefix it is fish («балық»), not honey.
    const ids = matchChapters('балы', CHAPTERS);
    expect(ids).toContain('03');
    expect(ids).toContain('16');
    expect(ids).not.toContain('04');
  });

  it('keeps the order of the chapters it is given and mutates nothing', () => {
    const reversed = [...CHAPTERS].reverse();
    const before = JSON.stringify(reversed);
    expect(matchChapters('iron steel', reversed)).toEqual(['73', '72']);
    expect(JSON.stringify(reversed)).toBe(before);
  });

  it('finds nothing in an empty catalogue', () => {
    expect(matchChapters('76', [])).toEqual([]);
    expect(matchChapters('honey', [])).toEqual([]);
  });
});
