import { DEFAULT_FILTERS, type Filters, useFiltersStore } from './filters';
import { noticeActions } from './notices';
import { loadView, saveView } from './persistence';
import { hasFilterParams, parseFilters, serializeFilters } from './url-codec';

function urlFor(filters: Filters, location: Location): string {
  return `${location.pathname}${serializeFilters(filters, location.search)}${location.hash}`;
}

/**
 * Reads the first view and keeps store, URL and storage in step from then on.
 * The link wins over the remembered view; with neither, the defaults apply.
 * Returns a function that stops the syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const search = win.location.search;
  let initial: Filters = DEFAULT_FILTERS;
  if (hasFilterParams(search)) {
    const { filters, ignored } = parseFilters(search);
    initial = filters;
    noticeActions.addIgnored(ignored);
  } else {
    initial = loadView(win.localStorage) ?? DEFAULT_FILTERS;
  }
  const { replaceFilters } = useFiltersStore.getState();
  replaceFilters(initial, { history: 'none' });
  saveView(win.localStorage, initial);
  win.history.replaceState(
    win.history.state,
    '',
    urlFor(initial, win.location),
  );

  const unsubscribe = useFiltersStore.subscribe((state, previous) => {
    if (state.filters === previous.filters) return;
    saveView(win.localStorage, state.filters);
    const { history } = state.lastChange;
    if (history === 'none') return;
    const url = urlFor(state.filters, win.location);
    if (
      url ===
      `${win.location.pathname}${win.location.search}${win.location.hash}`
    )
      return;
    if (history === 'replace')
      win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(null, '', url);
  });

  const onPopState = () => {
    const { filters, ignored } = parseFilters(win.location.search);
    noticeActions.addIgnored(ignored);
    replaceFilters(filters, { history: 'none' });
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
