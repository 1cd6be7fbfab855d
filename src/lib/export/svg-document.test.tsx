import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '@/lib/palette';
import { LegendMarks, SvgDocument } from './svg-document';

const context = {
  title:
    'Торговля: Восточно-Казахстанская область ↔ Алтайский край, янв.–авг. 2023',
  filterLines: ['Период: янв.–авг. 2023', 'Направление: Все'],
  status: 'Иллюстративные данные',
  source: 'Источник: Акимат Восточно-Казахстанской области (gov.kz)',
  exportedOn: 'Выгружено 1 дек. 2026 г.',
  fileStem: 'KZ-63_RU-ALT_2023-01_2023-08',
};

function documentOf(width: number) {
  const { container } = render(
    <SvgDocument
      width={width}
      bodyHeight={300}
      title="Помесячная динамика"
      context={context}
    >
      <text>chart</text>
    </SvgDocument>,
  );
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no svg');
  const lines = [...svg.querySelectorAll(':scope > text')].map((t) => ({
    text: t.textContent,
    y: Number(t.getAttribute('y')),
    weight: t.getAttribute('font-weight'),
    fill: t.getAttribute('fill'),
  }));
  return { svg, lines };
}

describe('SvgDocument', () => {
  it('gives its body a font to inherit, since a chart’s ticks set none', () => {
    const { svg } = documentOf(1032);
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif/);
  });

  it('wraps a title too long for its width and grows to fit it', () => {
    const wide = documentOf(1600);
    const narrow = documentOf(500);
    const title = `Помесячная динамика · ${context.title}`;
    expect(wide.lines[0]?.text).toBe(title);
    expect(title.startsWith(narrow.lines[0]?.text ?? '')).toBe(true);
    expect(narrow.lines[0]?.text.length).toBeLessThan(title.length);
    expect(Number(narrow.svg.getAttribute('height'))).toBeGreaterThan(
      Number(wide.svg.getAttribute('height')),
    );
  });

  it('states the data status first below the body, in bold, then source and date', () => {
    const { lines } = documentOf(1032);
    const footer = lines.slice(-3);
    expect(footer.map((l) => l.text)).toEqual([
      context.status,
      context.source,
      context.exportedOn,
    ]);
    expect(footer[0]?.weight).toBe('700');
    expect(footer[0]?.fill).toBe(PALETTE.warn);
    expect(footer[0]?.y).toBeGreaterThan(300);
  });
});

describe('LegendMarks', () => {
  it('sets every entry in one centred line, each label after its swatch in the series colour', () => {
    const { container } = render(
      <svg>
        <LegendMarks
          width={1000}
          y={18}
          entries={[
            { label: 'Exports', colour: PALETTE.flow.export, dashed: false },
            {
              label: 'Exports, a year earlier',
              colour: PALETTE.flow.export,
              dashed: true,
            },
          ]}
        />
      </svg>,
    );
    const text = container.querySelector('text');
    expect(text?.getAttribute('x')).toBe('500');
    expect(text?.getAttribute('text-anchor')).toBe('middle');
    const spans = [...(text?.querySelectorAll('tspan') ?? [])];
    expect(spans.map((s) => s.textContent)).toEqual([
      '■',
      ' Exports',
      '━ ━',
      ' Exports, a year earlier',
    ]);
    expect(spans[2]?.getAttribute('fill')).toBe(PALETTE.flow.export);
  });
});
