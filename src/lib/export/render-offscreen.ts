import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Renders an export's React tree into a hidden host in the document (images
 * need layout and styles) and commits it, so the caller can read or
 * rasterise it at once. `dispose` unmounts it and removes the host.
 *
 * No frame is awaited: inside `flushSync` React runs the commit's effects
 * and the synchronous renders they schedule before it returns. Recharts
 * registers its series in effects and draws them in the render that follows
 * (a store update, so synchronous too): its static charts are complete here,
 * and two animation frames of waiting (about 30 ms) bought nothing.
 */
export function renderOffscreen(element: ReactElement): {
  host: HTMLElement;
  dispose: () => void;
} {
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
  return {
    host,
    dispose: () => {
      root.unmount();
      host.remove();
    },
  };
}
