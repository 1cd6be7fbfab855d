import { describe, expect, it } from 'vitest';
import type { ReportedFigure } from '@/api/schemas/meta';
import { REPORTED_FIGURES } from '@/service/catalog/data/reported-figures';
import {
  figuresForSides,
  reportedFigureFor,
  reportedFiguresFor,
  scaleConflicts,
  type FigureView,
} from './provenance';

const figure = (id: string) => {
  const found = REPORTED_FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

const forum: FigureView = {
  pair: 'KZ-63~RU-ALT',
  from: '2023-01',
  to: '2023-08',
  sectors: [],
  chapters: [],
  flow: 'all',
};

describe('reportedFigureFor', () => {
  it('finds the figure a view reproduces exactly: sides, months, all sections, the measure', () => {
    expect(reportedFigureFor(REPORTED_FIGURES, forum, 'turnover')?.id).toBe(
      'R01',
    );
    expect(reportedFigureFor(REPORTED_FIGURES, forum, 'export')).toBeNull();
  });

  it.each<[string, Partial<FigureView>]>([
    ['a sector filter', { sectors: ['XV'] }],
    ['a chapter filter', { chapters: ['76'] }],
    ['an exports-only view', { flow: 'export' }],
    ['one month more', { to: '2023-09' }],
    [
      'the Altai Republic, whose code is inside Altai Krai’s',
      { pair: 'KZ-63~RU-AL' },
    ],
  ])('is null for %s', (_, patch) => {
    expect(
      reportedFigureFor(REPORTED_FIGURES, { ...forum, ...patch }, 'turnover'),
    ).toBeNull();
  });

  it('lets a direction filter keep the figure of that direction', () => {
    const aktobe: FigureView = {
      pair: 'KZ-15~RU',
      from: '2019-01',
      to: '2019-06',
      sectors: [],
      chapters: [],
      flow: 'export',
    };
    expect(reportedFigureFor(REPORTED_FIGURES, aktobe, 'export')?.id).toBe(
      'R13',
    );
    expect(reportedFigureFor(REPORTED_FIGURES, aktobe, 'turnover')).toBeNull();
    expect(
      reportedFiguresFor(REPORTED_FIGURES, { ...aktobe, flow: 'all' }).map(
        (f) => f.id,
      ),
    ).toEqual(['R12', 'R13']);
  });

  it('is null with no figures at all', () => {
    expect(reportedFigureFor([], forum, 'turnover')).toBeNull();
  });
});

describe('figuresForSides', () => {
  it('lists the pair, each side with the whole other country, then the two countries', () => {
    expect(
      figuresForSides(REPORTED_FIGURES, 'KZ-63~RU-ALT').map((f) => f.id),
    ).toEqual(['R01', 'R02', 'R03', 'R04', 'F05', 'F04']);
  });

  it('lists a level once when a side is already the whole country', () => {
    const ids = figuresForSides(REPORTED_FIGURES, 'KZ~RU-OMS').map((f) => f.id);
    expect(ids).toEqual(['R07', 'R08', 'R09', 'F05', 'F04']);
    expect(figuresForSides(REPORTED_FIGURES, 'KZ~RU').map((f) => f.id)).toEqual(
      ['F05', 'F04'],
    );
  });

  it('is empty for sides nobody reported on, and never matches by substring', () => {
    const noNational: ReportedFigure[] = [figure('R05')];
    expect(figuresForSides(noNational, 'KZ-55~RU-ALT')).toEqual([]);
    expect(figuresForSides(noNational, 'KZ-63~RU-AL').map((f) => f.id)).toEqual(
      ['R05'],
    );
  });
});

describe('scaleConflicts', () => {
  it('flags the forum figure: 927 M in eight months outgrows Altai Krai’s whole trade with Kazakhstan', () => {
    const conflicts = scaleConflicts(figure('R01'), REPORTED_FIGURES);
    expect(conflicts.map((c) => c.wider.id)).toEqual(['R02']);
    expect(conflicts[0]?.annualised).toBe(1_390_500_000);
    expect(conflicts[0]?.widerAnnualised).toBe(480_000_000);
  });

  it.each(['R11', 'R14', 'R02', 'R07', 'F04'])(
    'finds nothing for %s, which fits under every figure above it',
    (id) => {
      expect(scaleConflicts(figure(id), REPORTED_FIGURES)).toEqual([]);
    },
  );

  it('compares only the same measure at a containing level', () => {
    const exportsOnly = { ...figure('R01'), id: 'X', flow: 'export' as const };
    expect(
      scaleConflicts(exportsOnly, [...REPORTED_FIGURES, exportsOnly]),
    ).toEqual([expect.objectContaining({ wider: figure('R04') })]);
    expect(scaleConflicts(figure('R01'), [figure('R01')])).toEqual([]);
  });
});
