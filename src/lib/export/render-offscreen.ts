import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Renders an export's React tree into a hidden host in the document (images
 * need layout and styles), commits it, and resolves once the effects'
 * follow-up renders have landed, so the caller can read or rasterise it. `dispose` unmounts it and
 * removes the host.
 */
export async function renderOffscreen(element: ReactElement): Promise<{
  host: HTMLElement;
  dispose: () => void;
}> {
  // The host stays in the flow (html-to-image draws nothing under a moved
  // ancestor); what it renders places itself off-screen (the export sheet's
  // and the static figure's own styles).
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.height = '0';
  host.style.overflow = 'hidden';
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => {
    root.render(element);
  });
  // Recharts registers its series in effects and draws them in the render
  // that follows: let those passes commit before anything reads the tree.
  for (let i = 0; i < 2; i += 1) {
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => {
        resolve();
      });
    });
  }
  return {
    host,
    dispose: () => {
      root.unmount();
      host.remove();
    },
  };
}
