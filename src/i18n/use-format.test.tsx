import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage, initI18n } from './i18n';
import { useFormat } from './use-format';

describe('useFormat', () => {
  it('formats in the active language and follows a switch', async () => {
    await initI18n('kk');
    const { result, rerender } = renderHook(() => useFormat());
    expect(result.current.locale).toBe('kk-KZ');
    expect(result.current.usdCompact(927_000_000)).toBe(
      '927,0\u00a0млн\u00a0$',
    );
    expect(result.current.month('2023-09')).toBe('2023 ж. қыр.');

    await act(() => changeLanguage('en'));
    rerender();
    expect(result.current.locale).toBe('en-US');
    expect(result.current.usdCompact(927_000_000)).toBe('$927.0M');
    expect(result.current.monthRange('2023-01', '2023-08')).toBe(
      'Jan\u2009–\u2009Aug 2023',
    );
  });

  it('keeps the same formatters between renders of one language', async () => {
    await initI18n('ru');
    const { result, rerender } = renderHook(() => useFormat());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.share(0.253)).toBe('25,3\u00a0%');
  });
});
