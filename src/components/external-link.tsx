import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import './external-link.css';

/**
 * A link to a source outside the app: a new tab that gets neither a handle on
 * this page nor its address (`noopener noreferrer`). Only an https address
 * becomes a link; a cited source that only serves plain http (the schema
 * admits no other scheme) is shown with its address as text, to copy on
 * purpose.
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (!href.toLowerCase().startsWith('https://'))
    return (
      <span className="external-link-plain">
        {children}{' '}
        <span className="external-link-address">
          ({t('common.insecure-source')}: <code>{href}</code>)
        </span>
      </span>
    );
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
