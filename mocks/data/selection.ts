import type { ReportedFigure } from '@/api/schemas/meta';
import {
  selectionFor as querySelection,
  type Cube,
  type CubeSelection,
} from '@/domain/cube';
import { joinPair } from '@/domain/sides';

/** The part of a reported figure that says which cells it covers. */
export type FigureScope = Pick<
  ReportedFigure,
  'kz' | 'ru' | 'from' | 'to' | 'flow'
>;

/**
 * The cells a figure covers, read as the service reads the same view: a side
 * `KZ` (or `RU`) is every row (column) of the matrix, rest of the country
 * included; `turnover` is both flows; every HS section. The generator fits
 * its calibration to exactly these cells and the tests sum them back.
 * Throws for a side the cube does not have, which would fit nothing.
 */
export function selectionFor(
  cube: Pick<
    Cube,
    'rows' | 'columns' | 'months' | 'chapters' | 'chapterSection'
  >,
  scope: FigureScope,
): CubeSelection {
  const selection = querySelection(cube, {
    pair: joinPair(scope.kz, scope.ru),
    from: scope.from,
    to: scope.to,
    ...(scope.flow === 'turnover' ? {} : { flow: scope.flow }),
  });
  if (selection.rows.length === 0 || selection.columns.length === 0) {
    throw new Error(`selectionFor: ${scope.kz}~${scope.ru} is not on the cube`);
  }
  return selection;
}
