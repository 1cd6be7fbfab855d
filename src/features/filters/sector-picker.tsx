import { useEffect, useId, useRef, useState } from 'react';
import type { SectorId } from '@/api/schemas/common';
import type { Sector } from '@/api/schemas/sectors';
import { useI18n } from '@/i18n/i18n';
import { useFilterActions, useFilters } from '@/state/filters';
import {
  PICKER_GROUP_KEY,
  PICKER_GROUP_OF,
  PICKER_GROUPS,
} from './sector-groups';
import './sector-picker.css';

/** Matches `.sector-popover` in sector-picker.css. */
const POPOVER_WIDTH = 440;

/**
 * Multi-select of HS sections, grouped and searchable, with all and none.
 * An empty selection means all sectors. The chosen ones show as removable
 * chips, so a sector added by clicking a chart is visible in the filter bar.
 */
export function SectorPicker({ sectors }: { sectors: readonly Sector[] }) {
  const { t, language } = useI18n();
  const selected = useFilters((f) => f.sectors);
  const { setSectors, toggleSector } = useFilterActions();
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

  const label = (s: Sector) => `${s.id} · ${s.shortName[language]}`;
  const query = search.trim().toLocaleLowerCase();
  const matches = sectors.filter(
    (s) =>
      query === '' ||
      label(s).toLocaleLowerCase().includes(query) ||
      s.name[language].toLocaleLowerCase().includes(query) ||
      s.chapters.includes(query),
  );
  const summary =
    selected.length === 0
      ? t('filters.sectors.all-selected')
      : t('filters.sectors.count', { count: selected.length });
  const nameOf = (id: SectorId) =>
    sectors.find((s) => s.id === id)?.shortName[language] ?? id;

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
      {selected.length > 0 ? (
        <ul className="chip-list" aria-label={t('filters.sectors.selected')}>
          {selected.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip chip-removable"
                title={nameOf(id)}
                aria-label={t('filters.sectors.remove', {
                  name: `${id} ${nameOf(id)}`,
                })}
                onClick={() => {
                  toggleSector(id);
                }}
              >
                {id} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
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
              setSectors(sectors.map((s) => s.id));
            }}
          >
            {t('filters.sectors.select-all')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setSectors([]);
            }}
          >
            {t('filters.sectors.select-none')}
          </button>
        </div>
        {matches.length === 0 ? (
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
        {language === 'kk' ? (
          <p className="filter-hint">{t('filters.sectors.kk-unofficial')}</p>
        ) : null}
      </div>
    </fieldset>
  );
}
