import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, useFiltersStore } from './filters';
import { noticeActions, useIgnoredParams } from './notices';
import { loadView, saveView } from './persistence';
import { startUrlSync } from './url-sync';

let stop: () => void = () => undefined;

/** Opens `url` as a fresh page would and starts syncing. */
function open(url: string): void {
  window.history.replaceState(null, '', url);
  stop = startUrlSync(window);
}

const search = () => window.location.search;
const filters = () => useFiltersStore.getState().filters;
const actions = () => useFiltersStore.getState();

/** Back, as the browser does it: the URL changes first, then popstate fires. */
async function back(): Promise<void> {
  const popped = new Promise((resolve) => {
    window.addEventListener('popstate', resolve, { once: true });
  });
  window.history.back();
  await popped;
}

beforeEach(() => {
  window.localStorage.clear();
  noticeActions.dismiss();
  actions().replaceFilters(DEFAULT_FILTERS, { history: 'none' });
});

afterEach(() => {
  stop();
  window.history.replaceState(null, '', '/');
});

describe('startUrlSync', () => {
  it('reads a link into the store, reports what it ignored and rewrites it canonically', () => {
    const entries = window.history.length;
    open('/?lang=kk&flow=import&sectors=XVI,XV&compare=maybe');
    expect(filters()).toEqual({
      ...DEFAULT_FILTERS,
      flow: 'import',
      sectors: ['XV', 'XVI'],
    });
    expect(renderHook(() => useIgnoredParams()).result.current).toEqual([
      { param: 'compare', value: 'maybe', reason: 'invalid' },
    ]);
    expect(search()).toBe('?sectors=XV,XVI&flow=import&lang=kk');
    expect(window.history.length).toBe(entries);
    expect(loadView(window.localStorage)).toEqual(filters());
  });

  it('prefers the link over the remembered view', () => {
    saveView(window.localStorage, { ...DEFAULT_FILTERS, flow: 'export' });
    open('/?compare=none');
    expect(filters()).toEqual({ ...DEFAULT_FILTERS, compare: 'none' });
  });

  it('opens the remembered view when the link has no filters, and writes it into the URL', () => {
    saveView(window.localStorage, { ...DEFAULT_FILTERS, flow: 'export' });
    open('/?lang=en');
    expect(filters().flow).toBe('export');
    expect(search()).toBe('?flow=export&lang=en');
  });

  it('adds a history entry for each user action and saves the view', () => {
    open('/');
    const entries = window.history.length;
    actions().setFlow('export');
    actions().setPeriod('2022-01', '2022-12');
    expect(window.history.length).toBe(entries + 2);
    expect(search()).toBe('?from=2022-01&to=2022-12&flow=export');
    expect(loadView(window.localStorage)?.from).toBe('2022-01');
  });

  it('walks back through user actions without adding or rewriting entries', async () => {
    open('/?lang=kk');
    actions().setPair('KZ-55~RU-OMS');
    actions().showFigure({
      pair: 'KZ-63~RU-AL',
      from: '2022-01',
      to: '2022-06',
    });
    const entries = window.history.length;
    await back();
    expect(filters().pair).toBe('KZ-55~RU-OMS');
    expect(search()).toBe('?pair=KZ-55~RU-OMS&lang=kk');
    await back();
    expect(filters()).toEqual(DEFAULT_FILTERS);
    expect(search()).toBe('?lang=kk');
    expect(window.history.length).toBe(entries);
    expect(loadView(window.localStorage)).toEqual(DEFAULT_FILTERS);
  });

  it('reports what a link reached by Back ignores', async () => {
    open('/?flow=sideways');
    actions().setFlow('export');
    await back();
    expect(renderHook(() => useIgnoredParams()).result.current).toEqual([
      { param: 'flow', value: 'sideways', reason: 'invalid' },
    ]);
    expect(filters().flow).toBe('all');
  });

  it('rewrites the current entry for a corrected link, so Back skips the bad one', () => {
    open('/?pair=KZ-99~RU-ZZZ');
    const entries = window.history.length;
    actions().replaceFilters(DEFAULT_FILTERS, { history: 'replace' });
    expect(search()).toBe('');
    expect(window.history.length).toBe(entries);
  });

  it('saves but leaves the URL alone for a change that came from the URL', () => {
    open('/?flow=import');
    actions().replaceFilters(
      { ...DEFAULT_FILTERS, flow: 'export' },
      { history: 'none' },
    );
    expect(search()).toBe('?flow=import');
    expect(loadView(window.localStorage)?.flow).toBe('export');
  });

  it('stops following the store once stopped', () => {
    open('/');
    stop();
    actions().setFlow('export');
    expect(search()).toBe('');
  });
});
