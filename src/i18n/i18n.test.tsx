import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage, initI18n, useI18n } from './i18n';

describe('initI18n and changeLanguage', () => {
  it('shows the texts of the language it starts in', async () => {
    await initI18n('ru');
    const { result } = renderHook(() => useI18n());
    expect(result.current.language).toBe('ru');
    expect(result.current.t('common.retry')).toBe('Повторить');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('loads the texts of a language switched to, and of one switched back to', async () => {
    await initI18n('en');
    const { result, rerender } = renderHook(() => useI18n());
    expect(result.current.t('common.retry')).toBe('Retry');

    await act(() => changeLanguage('kk'));
    rerender();
    expect(result.current.language).toBe('kk');
    expect(result.current.t('common.retry')).toBe('Қайталау');
    expect(document.documentElement.lang).toBe('kk');

    await act(() => changeLanguage('en'));
    rerender();
    expect(result.current.t('common.language')).toBe('Language');
  });
});
