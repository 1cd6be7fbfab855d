import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorState } from './error-state';

type Props = {
  title: string;
  /** Hide the heading visually but keep it as the section's accessible name. */
  hideTitle?: boolean;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/**
 * A dashboard panel: a `<section>` named by its heading, with its own error
 * boundary so a render error stays inside it and offers a retry.
 */
export function Panel({
  title,
  hideTitle = false,
  actions,
  className,
  children,
}: Props) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className={`panel ${className ?? ''}`}>
      <header className={hideTitle ? 'visually-hidden' : 'panel-header'}>
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <ErrorState error={error} onRetry={resetErrorBoundary} />
            )}
          >
            {children}
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
