import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatUsdCompact } from '@/lib/format';
import { renderWithProviders } from '@/test/render';
import type { StripPair } from './border-layout';
import { STRIP_PAIRS } from '@/test/border-pairs';
import { BorderStrip } from './border-strip';

const PAIRS = STRIP_PAIRS;

const formatValue = (usd: number) => formatUsdCompact(usd, 'en');

async function renderStrip(pairs: readonly StripPair[] = PAIRS) {
  const onOpen = vi.fn<(pair: string) => void>();
  await renderWithProviders(
    <>
      <BorderStrip pairs={pairs} onOpen={onOpen} formatValue={formatValue} />
      <button type="button">after</button>
    </>,
  );
  const strip = screen.getByRole('group', {
    name: 'The border from the Caspian to the Altai',
  });
  return { onOpen, strip, links: within(strip).getAllByRole('link') };
}

describe('BorderStrip', () => {
  it('names each of the 19 pairs with both regions and its turnover, in border order', async () => {
    const { links } = await renderStrip();
    expect(links).toHaveLength(19);
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(
      PAIRS.map(
        (p) =>
          `${p.kzName} ↔ ${p.ruName}: ${
            p.turnover === null ? 'no data' : formatValue(p.turnover)
          }`,
      ),
    );
    expect(
      screen.getByRole('link', {
        name: 'East Kazakhstan Region ↔ Altai Krai: $927.0M',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Abai Region ↔ Altai Krai: no data' }),
    ).toBeInTheDocument();
  });

  it('is one tab stop: Tab enters at the western pair and leaves on the next Tab', async () => {
    const user = userEvent.setup();
    const { links } = await renderStrip();
    expect(links.filter((l) => l.getAttribute('tabindex') === '0')).toEqual([
      links[0],
    ]);
    await user.tab();
    expect(links[0]).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('moves along the border with the arrow keys, Home and End, keeping one tab stop', async () => {
    const user = userEvent.setup();
    const { links } = await renderStrip();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    expect(links[1]).toHaveAccessibleName(
      'West Kazakhstan Region ↔ Astrakhan Oblast: $95.0M',
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(links[3]).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links[18]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(links[18]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(links.filter((l) => l.getAttribute('tabindex') === '0')).toEqual([
      links[2],
    ]);
  });

  it('opens a pair with Enter, Space or a click', async () => {
    const user = userEvent.setup();
    const { links, onOpen } = await renderStrip();
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('KZ-27~RU-AST');
    await user.keyboard('{ArrowRight} ');
    expect(onOpen).toHaveBeenLastCalledWith('KZ-27~RU-VGG');
    const last = links[18];
    if (!last) throw new Error('no last pair');
    await user.click(last);
    expect(onOpen).toHaveBeenLastCalledWith('KZ-63~RU-AL');
    expect(onOpen).toHaveBeenCalledTimes(3);
  });

  it('shows the pair’s text in a tooltip on focus and on hover', async () => {
    const user = userEvent.setup();
    const { links } = await renderStrip();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Atyrau Region ↔ Astrakhan Oblast: $310.0M',
    );
    await user.keyboard('{End}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'East Kazakhstan Region ↔ Altai Republic: $12.0M',
    );
    const abai = links[16];
    if (!abai) throw new Error('no Abai pair');
    await user.hover(abai);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Abai Region ↔ Altai Krai: no data',
    );
    await user.unhover(abai);
    await user.tab();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('draws a pair marked as point contact as a point, and says so in the legend', async () => {
    const { strip } = await renderStrip(
      PAIRS.map((p) =>
        p.pair === 'KZ-27~RU-SAM' ? { ...p, pointContact: true } : p,
      ),
    );
    const samara = within(strip).getByRole('link', {
      name: 'West Kazakhstan Region ↔ Samara Oblast: $410.0M',
    });
    expect(samara.querySelector('circle')).not.toBeNull();
    expect(samara.querySelector('line')).toBeNull();
    const saratov = within(strip).getByRole('link', {
      name: /Saratov Oblast/,
    });
    expect(saratov.querySelector('line')).not.toBeNull();
    expect(screen.getByText('point contact')).toBeInTheDocument();
  });

  it('draws every pair of the CSV as a segment, with no point-contact legend', async () => {
    const { strip, links } = await renderStrip();
    expect(links.every((l) => l.querySelector('line') !== null)).toBe(true);
    expect(strip.querySelector('circle')).toBeNull();
    expect(screen.queryByText('point contact')).not.toBeInTheDocument();
  });

  it('gives the legend, both ends of the border and the summary', async () => {
    await renderStrip();
    expect(screen.getByText('Caspian (west)')).toBeInTheDocument();
    expect(screen.getByText('Altai (east)')).toBeInTheDocument();
    expect(
      screen.getByText('Line width: turnover of the pair'),
    ).toBeInTheDocument();
    expect(screen.getByText('less $12.0M')).toBeInTheDocument();
    expect(screen.getByText('more $927.0M')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^19 border pairs, \$6\.\d+B in all\. The largest is East Kazakhstan Region ↔ Altai Krai with \$927\.0M \(\d+\.\d%\); the smallest is East Kazakhstan Region ↔ Altai Republic with \$12\.0M\.$/,
      ),
    ).toBeInTheDocument();
  });
});
