import { createContext, useContext } from 'react';
import type { ExportContext } from '@/lib/export/export-context';
import { createFigureRegistry, type FigureRegistry } from './figure-registry';

/**
 * What every panel of a view shares and must decide the same way: whether
 * the view's trade figures are illustrative, what an export says about
 * itself, and why exporting must wait. Decided once, in `app/`, and read by
 * the panel scaffold, so no panel computes or passes it down.
 */
export type ViewChrome = {
  /** The view's figures rest on synthetic cells: panels that show them say so. */
  synthetic: boolean;
  /** Null until names and filters are known: exports wait. */
  exportContext: ExportContext | null;
  /** Why exporting must wait (data loading), or null. */
  exportBlocker: string | null;
  /** The static figures panels draw into exports, by report part. */
  figures: FigureRegistry;
};

const ViewChromeContext = createContext<ViewChrome>({
  synthetic: false,
  exportContext: null,
  exportBlocker: null,
  figures: createFigureRegistry(),
});

export const ViewChromeProvider = ViewChromeContext.Provider;

export function useViewChrome(): ViewChrome {
  return useContext(ViewChromeContext);
}
