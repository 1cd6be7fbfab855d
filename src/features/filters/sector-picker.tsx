import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LocalizedText } from '@/api/schemas/common';
import type { SectorsResponse } from '@/api/schemas/sectors';
import { matchChapters } from '@/domain/chapters';
import { useI18n } from '@/i18n/i18n';
import { useFilterActions, useFilters } from '@/state/filters';
import { useGoods } from '@/view-model/use-goods';
import {
  PICKER_GROUP_KEY,
  PICKER_GROUP_OF,
  PICKER_GROUPS,
} from './sector-groups';
import './sector-picker.css';

/** Matches `.sector-popover` in sector-picker.css. */
const POPOVER_WIDTH = 440;

/**
 * Multi-select of HS sections and chapters, with all and none. Sections are
 * listed in groups; the search also offers the chapters it names, by code
 * (`76`, `7601`) or by a word of their names in any of the three languages.
 * Nothing chosen means all goods. The chosen ones show as removable chips,
 * so a sector or chapter added by clicking a chart is visible in the bar.
 */
export function SectorPicker({ catalog }: { catalog: SectorsResponse }) {
  const { t, language } = useI18n();
  const { sectors, chapters } = catalog;
  const selected = useFilters((f) => f.sectors);
  const selectedChapters = useFilters((f) => f.chapters);
  const goods = useGoods();
  const { setSelection, toggleSector, toggleChapter } = useFilterActions();
  const [open, setOpen] = useState(false);
  // The list opens towards whichever side has room, so it never widens the page.
  const [alignRight, setAlignRight] = useState(false);
  const [search, setSearch] = useState('');
  const popoverId = useId();
  const searchId = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const label = (s: { id: string; shortName: LocalizedText }) =>
    `${s.id} · ${s.shortName[language]}`;
  const query = search.trim().toLocaleLowerCase();
  const matches = sectors.filter(
    (s) =>
      query === '' ||
      label(s).toLocaleLowerCase().includes(query) ||
      s.name[language].toLocaleLowerCase().includes(query),
  );
  const chapterMatches = useMemo(() => {
    const ids = new Set(matchChapters(search, chapters));
    return chapters.filter((c) => ids.has(c.id));
  }, [search, chapters]);
  const count = selected.length + selectedChapters.length;
  const summary =
    goods.label === null
      ? t('filters.sectors.all-selected')
      : t('filters.sectors.count', { count });

  return (
    <fieldset
      ref={root}
      className="filter-group filter-sectors"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          // Closes only the list, not a filter drawer around it.
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          toggleButton.current?.focus();
        }
      }}
    >
      <legend>{t('filters.sectors.label')}</legend>
      <button
        ref={toggleButton}
        type="button"
        className="select-button"
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => {
          const rect = root.current?.getBoundingClientRect();
          if (rect)
            setAlignRight(
              rect.left + POPOVER_WIDTH > document.documentElement.clientWidth,
            );
          setOpen((v) => !v);
        }}
      >
        {summary}
      </button>
      {goods.label === null ? null : (
        <ul className="chip-list" aria-label={t('filters.sectors.selected')}>
          {goods.items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <button
                type="button"
                className="chip chip-removable"
                title={item.name}
                aria-label={t('filters.sectors.remove', {
                  name: `${item.id} ${item.shortName}`,
                })}
                onClick={() => {
                  if (item.kind === 'section') toggleSector(item.id);
                  else toggleChapter(item.id);
                }}
              >
                <span className="chip-text">
                  {item.id} {item.shortName}
                </span>{' '}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div
        id={popoverId}
        className={`sector-popover ${alignRight ? 'sector-popover-right' : ''}`}
        hidden={!open}
      >
        <label htmlFor={searchId} className="visually-hidden">
          {t('filters.sectors.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="sector-search"
          placeholder={t('filters.sectors.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
          }}
        />
        <div className="sector-bulk">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setSelection({ sectors: sectors.map((s) => s.id), chapters: [] });
            }}
          >
            {t('filters.sectors.select-all')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setSelection({ sectors: [], chapters: [] });
            }}
          >
            {t('filters.sectors.select-none')}
          </button>
        </div>
        {matches.length === 0 && chapterMatches.length === 0 ? (
          <p className="filter-hint">{t('filters.sectors.no-match')}</p>
        ) : null}
        {PICKER_GROUPS.map((group) => {
          const inGroup = matches.filter(
            (s) => PICKER_GROUP_OF[s.group] === group,
          );
          if (inGroup.length === 0) return null;
          return (
            <fieldset key={group} className="sector-group">
              <legend>{t(PICKER_GROUP_KEY[group])}</legend>
              {inGroup.map((s) => (
                <label
                  key={s.id}
                  className="checkbox sector-option"
                  title={s.name[language]}
                >
                  <input
                    type="checkbox"
                    checked={selected.includes(s.id)}
                    onChange={() => {
                      toggleSector(s.id);
                    }}
                  />
                  <span>{label(s)}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
        {chapterMatches.length > 0 ? (
          <fieldset className="sector-group">
            <legend>{t('filters.sectors.group-chapters')}</legend>
            {chapterMatches.map((c) => {
              const bySection = selected.includes(c.section);
              return (
                <label
                  key={c.id}
                  className="checkbox sector-option"
                  title={
                    bySection
                      ? t('filters.sectors.in-section', { section: c.section })
                      : c.name[language]
                  }
                >
                  <input
                    type="checkbox"
                    checked={bySection || selectedChapters.includes(c.id)}
                    disabled={bySection}
                    onChange={() => {
                      toggleChapter(c.id);
                    }}
                  />
                  <span>{label(c)}</span>
                </label>
              );
            })}
          </fieldset>
        ) : null}
        {language === 'kk' ? (
          <p className="filter-hint">{t('filters.sectors.kk-unofficial')}</p>
        ) : null}
      </div>
    </fieldset>
  );
}
