// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { column, readSourceCsv as readCsv } from '@/test/source-csv';
import { reportedFigureSchema, type ReportedFigure } from '@/api/schemas/meta';
import { REPORTED_FIGURES } from './reported-figures';

function figureById(id: string): ReportedFigure {
  const figure = REPORTED_FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`no reported figure ${id}`);
  return figure;
}

/** facts.csv periods are `YYYY-MM..YYYY-MM` or a whole year `YYYY`. */
function periodMonths(period: string): { from: string; to: string } {
  const range = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period);
  if (range?.[1] && range[2]) return { from: range[1], to: range[2] };
  if (/^\d{4}$/.test(period)) {
    return { from: `${period}-01`, to: `${period}-12` };
  }
  throw new Error(`unreadable period ${period}`);
}

const csvRows = readCsv('reported_figures.csv');
const factRows = readCsv('facts.csv');
const NATIONAL_FACT_IDS = ['F04', 'F05'];

describe('reported figures against reported_figures.csv', () => {
  test('the CSV holds rows R01 to R20', () => {
    expect(csvRows.map((row) => column(row, 'id'))).toEqual(
      Array.from(
        { length: 20 },
        (_, i) => `R${String(i + 1).padStart(2, '0')}`,
      ),
    );
  });

  test.each(csvRows.map((row) => [column(row, 'id'), row] as const))(
    '%s keeps the sides, months, value, wording, source and confidence of its CSV row',
    (id, row) => {
      const figure = figureById(id);
      expect({
        kz: figure.kz,
        ru: figure.ru,
        from: figure.from,
        to: figure.to,
        valueUsd: figure.valueUsd,
        qualifier: figure.qualifier,
        flow: figure.flow,
        basis: figure.basis,
        quote: figure.quote,
        sourceUrl: figure.sourceUrl,
        published: figure.published,
        confidence: figure.confidence,
      }).toEqual({
        kz: column(row, 'kz'),
        ru: column(row, 'ru'),
        from: column(row, 'from_month'),
        to: column(row, 'to_month'),
        valueUsd: Number(column(row, 'value_usd')),
        qualifier: column(row, 'qualifier'),
        flow: column(row, 'flow'),
        basis: column(row, 'basis'),
        quote: column(row, 'quote'),
        sourceUrl: column(row, 'source_url'),
        published: column(row, 'published'),
        confidence: column(row, 'confidence'),
      });
    },
  );
});

describe('national reported figures against facts.csv', () => {
  const facts = factRows.filter((row) =>
    NATIONAL_FACT_IDS.includes(column(row, 'fact_id')),
  );

  test('facts.csv holds both national figures', () => {
    expect(facts.map((row) => column(row, 'fact_id'))).toEqual(
      NATIONAL_FACT_IDS,
    );
  });

  test.each(facts.map((row) => [column(row, 'fact_id'), row] as const))(
    '%s is Kazakhstan with Russia and keeps the value, source and period of its fact',
    (id, row) => {
      const figure = figureById(id);
      expect(figure.kz).toBe('KZ');
      expect(figure.ru).toBe('RU');
      expect(figure.valueUsd).toBe(Number(column(row, 'value')));
      expect(column(row, 'unit')).toBe('USD');
      expect(figure.sourceUrl).toBe(column(row, 'source_url'));
      expect({ from: figure.from, to: figure.to }).toEqual(
        periodMonths(column(row, 'period')),
      );
    },
  );

  test('F04 covers January to August 2023 and F05 the whole of 2022', () => {
    expect([figureById('F04').from, figureById('F04').to]).toEqual([
      '2023-01',
      '2023-08',
    ]);
    expect([figureById('F05').from, figureById('F05').to]).toEqual([
      '2022-01',
      '2022-12',
    ]);
  });
});

describe('the reported figures table', () => {
  test('holds exactly the CSV rows and the two national facts', () => {
    expect(REPORTED_FIGURES.map((f) => f.id)).toEqual([
      ...csvRows.map((row) => column(row, 'id')),
      ...NATIONAL_FACT_IDS,
    ]);
  });

  test('every entry parses with the wire schema', () => {
    for (const figure of REPORTED_FIGURES) reportedFigureSchema.parse(figure);
  });

  test('ids are unique', () => {
    const ids = REPORTED_FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the quote language matches the script of the quote', () => {
    const kazakhLetters = /[әғқңөұүһі]/iu;
    const cyrillic = /[а-яё]/iu;
    for (const figure of REPORTED_FIGURES) {
      const expected = kazakhLetters.test(figure.quote)
        ? 'kk'
        : cyrillic.test(figure.quote)
          ? 'ru'
          : 'en';
      expect(figure.quoteLanguage, figure.id).toBe(expected);
    }
  });

  // Publishers are left out: a name such as "ehonews.kz" may rightly read
  // the same in every language, a caveat never does.
  test('every caveat has its own Russian and Kazakh text', () => {
    for (const figure of REPORTED_FIGURES) {
      if (figure.caveat === null) continue;
      const { en, ru, kk } = figure.caveat;
      expect(ru, `${figure.id} ru`).not.toBe(en);
      expect(kk, `${figure.id} kk`).not.toBe(en);
      expect(kk, `${figure.id} kk`).not.toBe(ru);
      expect(kk, `${figure.id} kk`).toMatch(/[әғқңөұүһі]/iu);
    }
  });
});
