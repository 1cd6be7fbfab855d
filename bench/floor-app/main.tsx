// The floor of `npm run bench`: Vite + React + one Recharts chart, nothing
// else. The app's bundle and interactions are compared with it in the same
// run. A click swaps the chart's data (the floor's "filter change").
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

const series = (seed: number) =>
  Array.from({ length: 12 }, (_, i) => ({
    month: `2023-${String(i + 1).padStart(2, '0')}`,
    value: Math.round(50 + 40 * Math.sin(seed + i)),
  }));

function Floor() {
  const [seed, setSeed] = useState(0);
  return (
    <main>
      <button
        type="button"
        onClick={() => {
          setSeed((s) => s + 1);
        }}
      >
        Change
      </button>
      <output data-seed={seed}>{seed}</output>
      <LineChart width={800} height={300} data={series(seed)}>
        <XAxis dataKey="month" />
        <YAxis />
        <Tooltip />
        <Line dataKey="value" isAnimationActive={false} />
      </LineChart>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
