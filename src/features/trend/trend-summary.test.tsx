import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, useFiltersStore } from '@/state/filters';
import type { MonthlyPoint } from '@/domain/trade';
import { renderWithProviders } from '@/test/render';
import { TrendSummaryText } from './trend-summary';

const points: MonthlyPoint[] = [
  { month: '2023-01', export: 31_400_000, import: 94_500_000 },
  { month: '2023-02', export: 29_000_000, import: 98_800_000 },
  { month: '2023-03', export: null, import: 88_500_000 },
  { month: '2023-04', export: 35_000_000, import: null },
];

describe('TrendSummaryText', () => {
  afterEach(() => {
    useFiltersStore
      .getState()
      .replaceFilters(DEFAULT_FILTERS, { history: 'none' });
  });

  it('tells each flow in words, with figures, months and the gaps', async () => {
    const { container } = await renderWithProviders(
      <p>
        <TrendSummaryText points={points} flows={['export', 'import']} />
      </p>,
    );
    expect(container.textContent).toBe(
      ' Exports rose from $31.4M in January 2023 to $35.0M in April 2023.' +
        ' Imports fell from $94.5M in January 2023 to $88.5M in March 2023.' +
        ' The highest month was February 2023, at $98.8M.' +
        ' 1 month has no reported figure.',
    );
  });

  it('speaks Russian with Russian figures', async () => {
    const { container } = await renderWithProviders(
      <p>
        <TrendSummaryText points={points} flows={['export']} />
      </p>,
      { language: 'ru' },
    );
    expect(container.textContent).toBe(
      ' Экспорт вырос с 31,4\u00a0млн\u00a0$ (январь 2023 г.) до 35,0\u00a0млн\u00a0$ (апрель 2023 г.).' +
        ' Нет данных за 1 месяц.',
    );
  });

  it('says so when a flow has no reported month', async () => {
    const { container } = await renderWithProviders(
      <p>
        <TrendSummaryText
          points={[{ month: '2023-01', export: null, import: 5 }]}
          flows={['export']}
        />
      </p>,
      { language: 'kk' },
    );
    expect(container.textContent).toBe(
      ' Экспорт: бірде-бір ай бойынша дерек жоқ.',
    );
  });

  it('names the goods the sector filter chooses, before the figures', async () => {
    useFiltersStore
      .getState()
      .replaceFilters(
        { ...DEFAULT_FILTERS, sectors: ['II'], chapters: ['76'] },
        { history: 'none' },
      );
    const { container } = await renderWithProviders(
      <p>
        <TrendSummaryText points={points} flows={['export']} />
      </p>,
    );
    await waitFor(() => {
      expect(container.textContent).toMatch(
        /^ Goods: II Vegetable products, 76 Aluminium\. Exports rose/,
      );
    });
  });
});
