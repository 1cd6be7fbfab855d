import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { Panel } from './panel';

let broken = true;
function Fragile() {
  if (broken) throw new Error('render failed');
  return <p>rendered</p>;
}

function TwoPanels() {
  const [count, setCount] = useState(0);
  return (
    <>
      <Panel title="Fragile">
        <Fragile />
      </Panel>
      <Panel title="Sturdy">
        <button
          type="button"
          onClick={() => {
            setCount((c) => c + 1);
          }}
        >
          clicked {count}
        </button>
      </Panel>
    </>
  );
}

describe('Panel', () => {
  it('is a region named by its title', async () => {
    await renderWithProviders(<Panel title="Monthly trend">x</Panel>);
    expect(
      screen.getByRole('region', { name: 'Monthly trend' }),
    ).toHaveTextContent('x');
  });

  it('keeps a render error inside the panel, leaves its neighbour working, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    await renderWithProviders(<TwoPanels />);
    const fragile = screen.getByRole('region', { name: 'Fragile' });
    expect(fragile).toHaveTextContent(
      'Something went wrong while showing this panel.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'clicked 0' }));
    expect(screen.getByRole('button', { name: 'clicked 1' })).toBeVisible();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('region', { name: 'Fragile' })).toHaveTextContent(
      'rendered',
    );
  });
});
