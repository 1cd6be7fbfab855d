import type { ReactElement } from 'react';

/** Draws a panel's figure for an export, in its static (light, fixed-size) mode. */
export type StaticFigure = (width: number) => ReactElement;

/**
 * Where panels announce the static figure their exports draw (or that they
 * have none: an empty or failed panel), so the whole-report export can wait
 * for a lazily loaded panel by promise instead of polling the page.
 */
export type FigureRegistry = {
  /** Called by a panel once its data has settled; null when it has no figure to draw. */
  announce: (part: string, figure: StaticFigure | null) => void;
  /** Resolves with the part's latest announcement. */
  figureOf: (part: string) => Promise<StaticFigure | null>;
};

export function createFigureRegistry(): FigureRegistry {
  const figures = new Map<string, StaticFigure | null>();
  const waiting = new Map<string, ((figure: StaticFigure | null) => void)[]>();
  return {
    announce(part, figure) {
      figures.set(part, figure);
      for (const resolve of waiting.get(part) ?? []) resolve(figure);
      waiting.delete(part);
    },
    figureOf(part) {
      if (figures.has(part)) return Promise.resolve(figures.get(part) ?? null);
      return new Promise((resolve) => {
        waiting.set(part, [...(waiting.get(part) ?? []), resolve]);
      });
    },
  };
}
