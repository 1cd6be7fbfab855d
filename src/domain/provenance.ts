import type { ReportedFigure } from '@/api/schemas/meta';

/**
 * Reported figures that are about exactly this pair (`KZ-63~RU-ALT`): their
 * geography names both regions, compared code by code. A substring test
 * would be wrong: `RU-AL` (Altai Republic) is inside `RU-ALT` (Altai Krai).
 */
export function figuresForPair<T extends Pick<ReportedFigure, 'geography'>>(
  figures: readonly T[],
  pair: string,
): T[] {
  const wanted = pair.split('~');
  return figures.filter((figure) => {
    const places = new Set(figure.geography.split('<->'));
    return wanted.every((code) => places.has(code));
  });
}
