import { useMemo } from 'react';
import { type Formatters, formattersFor } from '@/lib/format';
import { useI18n } from './i18n';

/**
 * The `lib/format` formatters bound to the active language's Intl locale, so
 * a component formats without threading `locale` through:
 * `const format = useFormat(); format.usdCompact(value)`.
 */
export function useFormat(): Formatters {
  const { locale } = useI18n();
  return useMemo(() => formattersFor(locale), [locale]);
}
