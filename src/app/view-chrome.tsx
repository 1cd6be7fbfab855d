import { useMemo, useState, type ReactNode } from 'react';
import { createFigureRegistry } from '@/components/panel/figure-registry';
import { ViewChromeProvider } from '@/components/panel/view-chrome';
import { useCurrentDataIsSynthetic } from '@/view-model/trade-view';
import {
  useExportBlocker,
  useExportContext,
} from '@/view-model/use-export-context';

/**
 * Decides the view's data status and export context once and hands them to
 * every panel below (see components/panel/view-chrome.tsx).
 */
export function ViewChrome({
  ready = true,
  children,
}: {
  /** False until the link's view is checked: nothing is asked before. */
  ready?: boolean;
  children: ReactNode;
}) {
  const synthetic = useCurrentDataIsSynthetic(ready);
  const exportContext = useExportContext();
  const exportBlocker = useExportBlocker();
  const [figures] = useState(createFigureRegistry);
  const value = useMemo(
    () => ({ synthetic, exportContext, exportBlocker, figures }),
    [synthetic, exportContext, exportBlocker, figures],
  );
  return <ViewChromeProvider value={value}>{children}</ViewChromeProvider>;
}
