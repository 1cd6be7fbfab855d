import { Bar, BarChart, XAxis } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ExportFrame, Snapshot } from './export-frame';
import { renderOffscreen } from './render-offscreen';

const context = {
  title: 'East Kazakhstan Region ↔ Altai Krai trade, Jan – Aug 2023',
  filterLines: ['Pair: East Kazakhstan Region ↔ Altai Krai'],
  status: 'Illustrative data',
  source: 'Source: akimat',
  exportedOn: 'Exported 1 Dec 2026',
  fileStem: 'KZ-63_RU-ALT_2023-01_2023-08',
};

describe('renderOffscreen', () => {
  it('commits the tree before it returns, and removes it on dispose', () => {
    const live = document.createElement('div');
    live.innerHTML = '<p>927</p><button data-export="skip">PNG</button>';
    const { host, dispose } = renderOffscreen(
      <ExportFrame context={context} heading="Key figures" width={900}>
        <Snapshot of={live} />
      </ExportFrame>,
    );
    expect(host.querySelector('h1')?.textContent).toBe('Key figures');
    expect(host.textContent).toContain('927');
    expect(host.querySelector('[data-export="skip"]')).toBeNull();
    expect(host.textContent).toContain('Illustrative data');
    dispose();
    expect(host.isConnected).toBe(false);
  });

  it('returns a static Recharts chart with its series drawn', () => {
    const rows = [
      { month: '2023-01', value: 3 },
      { month: '2023-02', value: 5 },
    ];
    const { host, dispose } = renderOffscreen(
      <BarChart width={400} height={200} data={rows}>
        <XAxis dataKey="month" />
        <Bar dataKey="value" fill="#0072b2" isAnimationActive={false} />
      </BarChart>,
    );
    expect(host.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    dispose();
  });
});
