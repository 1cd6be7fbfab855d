import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatInteger } from '@/lib/format';
import { noticeActions } from '@/state/notices';
import { parseFilters } from '@/state/url-codec';
import { renderWithProviders } from '@/test/render';
import { NoticeBar } from './notice-bar';

/** Opens a link as URL sync does: its dropped values become notices. */
function openLink(search: string): void {
  act(() => {
    noticeActions.addIgnored(parseFilters(search).ignored);
  });
}

/** `?sectors=` with `count` distinct codes that are no HS section. */
function unknownSectors(count: number): string {
  return `?sectors=${Array.from({ length: count }, (_, i) => `S${String(i)}`).join(',')}`;
}

afterEach(() => {
  noticeActions.dismiss();
});

describe('NoticeBar', () => {
  it('shows nothing while every part of the link was used', async () => {
    await renderWithProviders(<NoticeBar />);
    openLink('?flow=import');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives 5,000 unknown sectors one line, naming three of them', async () => {
    await renderWithProviders(<NoticeBar />);
    openLink(unknownSectors(5000));
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'sectors: 5,000 values are not valid: S0, S1, S2 and 4,997 more',
    );
  });

  it.each([
    ['ru', 'недопустимых значений'],
    ['kk', 'жарамсыз мән'],
  ] as const)(
    'counts them in %s with its plural form and number format',
    async (language, words) => {
      await renderWithProviders(<NoticeBar />, { language });
      openLink(unknownSectors(5000));
      const [item] = within(screen.getByRole('status')).getAllByRole(
        'listitem',
      );
      const locale = language === 'ru' ? 'ru-RU' : 'kk-KZ';
      // The matcher folds the no-break spaces of grouped digits into spaces.
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      expect(item).toHaveTextContent(
        spaced(`sectors: ${formatInteger(5000, locale)} ${words}: S0, S1, S2`),
      );
      expect(item).toHaveTextContent(spaced(formatInteger(4997, locale)));
    },
  );

  it('uses the Russian few form for two to four values', async () => {
    await renderWithProviders(<NoticeBar />, { language: 'ru' });
    openLink('?sectors=A,B&chapters=77,99,00&flow=up');
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'sectors: 2 недопустимых значения: A, B',
      'chapters: 3 недопустимых значения: 77, 99, 00',
      'flow=up — недопустимое значение',
    ]);
  });

  it('writes a lone value as the link did, and keeps the reasons of one parameter on its line', async () => {
    await renderWithProviders(<NoticeBar />);
    openLink('?flow=sideways&sectors=XV&chapters=72,76,ab&pair=KZ~RU&pair=x');
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'pair=x — the link already gives this parameter; only its first value is used',
      'chapters=ab — not a valid value; chapters: 2 chapters are already included in chosen sections: 72, 76',
      'flow=sideways — not a valid value',
    ]);
  });

  it('shows markup in a link as text and cuts a huge value short', async () => {
    const { container } = await renderWithProviders(<NoticeBar />);
    openLink(
      `?pair=${encodeURIComponent('<img src=x onerror=alert(1)>')}&from=${'9'.repeat(100_000)}`,
    );
    expect(container.querySelector('img')).toBeNull();
    const items = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'pair=<img src=x onerror=alert(1)> — not a valid value',
    );
    expect(items[1]).toHaveTextContent(`from=${'9'.repeat(40)}… —`);
    expect(items[1]?.textContent.length).toBeLessThan(100);
  });

  it('goes away when dismissed', async () => {
    await renderWithProviders(<NoticeBar />);
    openLink(unknownSectors(3));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
