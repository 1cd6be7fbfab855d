import type { ReactNode } from 'react';

/**
 * A link to a source outside the app: a new tab that gets neither a handle on
 * this page nor its address (`noopener noreferrer`).
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string;
  children: ReactNode;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
