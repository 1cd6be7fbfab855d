import type { ReactNode } from 'react';

/** A button that is on or off (`aria-pressed`), e.g. "Show as table". */
export function ToggleButton({
  pressed,
  onToggle,
  children,
}: {
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-pressed={pressed}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
