import { type ReactNode, useMemo, useState } from 'react';
import type { SectorId } from '@/api/schemas/common';
import { CHAPTER_SECTION, type ChapterId } from '@/api/schemas/sectors';
import { Panel } from '@/components/panel/panel';
import { ErrorState } from '@/components/error-state';
import { QueryContent } from '@/components/panel/query-content';
import { ToggleButton } from '@/components/toggle-button';
import { SectorTable } from '@/components/sector-table';
import { Skeleton } from '@/components/skeleton';
import { useI18n } from '@/i18n/i18n';
import { useFormat } from '@/i18n/use-format';
import { exportMark } from '@/lib/export/vocabulary';
import {
  chapterIncluded,
  type FlowFilter,
  type SectorSelection,
  useFilterActions,
  useFilters,
} from '@/state/filters';
import type { NamedSectorTotal } from '@/view-model/use-sector-totals';
import { useSectorRanking } from './use-sector-ranking';
import './sectors-panel.css';

/**
 * HS sections ranked by value; a click adds or removes the section in the
 * filter. Each section opens onto its chapters, ranked the same way, each
 * a button that filters by that chapter.
 */
export function SectorsPanel() {
  const { t } = useI18n();
  const format = useFormat();
  const [asTable, setAsTable] = useState(false);
  const { rows } = useSectorRanking();
  const vectorRows = (rows ?? []).map((r) => ({
    label: `${r.sector} ${r.name}`,
    value: `${format.usdCompact(r.turnover)} · ${format.share(r.share)}`,
    share: r.share,
  }));
  return (
    <Panel
      title={t('sectors.panel.title')}
      viewFigures
      className="panel-sectors"
      reportPart="sectors"
      exportOptions={{
        fileKind: 'trade-sectors',
        vector: { kind: 'ranking', rows: vectorRows },
      }}
      actions={
        <ToggleButton
          pressed={asTable}
          onToggle={() => {
            setAsTable((v) => !v);
          }}
        >
          {t('common.show-as-table')}
        </ToggleButton>
      }
    >
      <SectorsBody asTable={asTable} />
    </Panel>
  );
}

function SectorsBody({ asTable }: { asTable: boolean }) {
  const { t } = useI18n();
  const sectors = useFilters((f) => f.sectors);
  const chapters = useFilters((f) => f.chapters);
  const selection = useMemo(() => ({ sectors, chapters }), [sectors, chapters]);
  const flow = useFilters((f) => f.flow);
  const { toggleSector, toggleChapter } = useFilterActions();
  // Open sections: their chapters are fetched, with the sections, on demand.
  const [open, setOpen] = useState<ReadonlySet<SectorId>>(() => new Set());
  const {
    ranking,
    rows,
    chapters: detail,
  } = useSectorRanking({
    chapters: open.size > 0 && !asTable,
  });

  return (
    <QueryContent
      query={ranking}
      skeleton={<Skeleton height={28} lines={8} />}
      isEmpty={() => !rows || rows.length === 0}
      empty={t('sectors.panel.empty')}
    >
      {() =>
        rows ? (
          <SectorsView
            rows={rows}
            asTable={asTable}
            selection={selection}
            flow={flow}
            open={open}
            onOpen={(sector) => {
              setOpen((current) => {
                const next = new Set(current);
                if (next.has(sector)) next.delete(sector);
                else next.add(sector);
                return next;
              });
            }}
            onToggle={toggleSector}
            onToggleChapter={toggleChapter}
            detailError={detail?.isError === true ? detail.error : null}
            retryingDetail={detail?.isFetching === true}
            onRetryDetail={() => void detail?.refetch()}
          />
        ) : null
      }
    </QueryContent>
  );
}

/** A section is pressed when chosen, half pressed when some of its chapters are. */
function sectionPressed(
  selection: SectorSelection,
  sector: SectorId,
): boolean | 'mixed' {
  if (selection.sectors.includes(sector)) return true;
  return selection.chapters.some((c) => CHAPTER_SECTION[c] === sector)
    ? 'mixed'
    : false;
}

function SectorsView({
  rows,
  asTable,
  selection,
  flow,
  open,
  onOpen,
  onToggle,
  onToggleChapter,
  detailError,
  retryingDetail,
  onRetryDetail,
}: {
  rows: readonly NamedSectorTotal[];
  asTable: boolean;
  selection: SectorSelection;
  flow: FlowFilter;
  open: ReadonlySet<SectorId>;
  onOpen: (sector: SectorId) => void;
  onToggle: (sector: SectorId) => void;
  onToggleChapter: (chapter: ChapterId) => void;
  /** Why the open sections' chapters could not be had, with their retry. */
  detailError: unknown;
  retryingDetail: boolean;
  onRetryDetail: () => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const top = rows[0]?.turnover ?? 1;

  if (asTable) {
    return (
      <SectorTable
        rows={rows}
        flows={flow === 'all' ? ['export', 'import'] : [flow]}
        caption={t('sectors.panel.title')}
      />
    );
  }

  return (
    <>
      <p className="panel-note">{t('sectors.panel.hint')}</p>
      <ol className="ranking">
        {rows.map((r) => {
          const pressed = sectionPressed(selection, r.sector);
          const expanded = open.has(r.sector);
          const listId = `sector-chapters-${r.sector}`;
          return (
            <li key={r.sector} className="ranking-item">
              <button
                type="button"
                className="ranking-disclosure"
                aria-expanded={expanded}
                aria-controls={listId}
                aria-label={t('sectors.panel.chapters-of', {
                  section: r.sector,
                })}
                title={t('sectors.panel.chapters-of', { section: r.sector })}
                {...exportMark('skip')}
                onClick={() => {
                  onOpen(r.sector);
                }}
              >
                <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
              </button>
              <RankingButton
                label={
                  <>
                    <span className="sector-id">{r.sector}</span> {r.name}
                  </>
                }
                title={`${r.fullName}: ${format.usdExact(r.turnover)}`}
                pressed={pressed}
                figures={`${format.usdCompact(r.turnover)} · ${format.share(r.share)}`}
                width={r.turnover / top}
                onClick={() => {
                  onToggle(r.sector);
                }}
              />
              {expanded && detailError !== null ? (
                <div id={listId} className="ranking-chapters">
                  <ErrorState
                    error={detailError}
                    retrying={retryingDetail}
                    onRetry={onRetryDetail}
                  />
                </div>
              ) : expanded ? (
                <ChapterList
                  id={listId}
                  section={r}
                  selection={selection}
                  top={top}
                  onToggle={onToggleChapter}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** An open section's chapters, each a button that filters by it. */
function ChapterList({
  id,
  section,
  selection,
  top,
  onToggle,
}: {
  id: string;
  section: NamedSectorTotal;
  selection: SectorSelection;
  top: number;
  onToggle: (chapter: ChapterId) => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const label = t('sectors.panel.chapters-of', { section: section.sector });
  if (section.chapters === null)
    return (
      <div id={id} className="ranking-chapters" aria-busy="true">
        <Skeleton height={20} lines={3} />
      </div>
    );
  if (section.chapters.length === 0)
    return (
      <p id={id} className="ranking-chapters empty-state">
        {t('sectors.panel.chapters-empty')}
      </p>
    );
  return (
    <ol id={id} className="ranking ranking-chapters" aria-label={label}>
      {section.chapters.map((c) => (
        <li key={c.chapter}>
          <RankingButton
            label={
              <>
                <span className="sector-id">{c.chapter}</span> {c.name}
              </>
            }
            title={`${c.fullName}: ${format.usdExact(c.turnover)}`}
            pressed={chapterIncluded(selection, c.chapter)}
            figures={`${format.usdCompact(c.turnover)} · ${format.share(c.share)}`}
            width={c.turnover / top}
            onClick={() => {
              onToggle(c.chapter);
            }}
          />
        </li>
      ))}
    </ol>
  );
}

/** One bar of the ranking: a toggle that adds its goods to the filter. */
function RankingButton({
  label,
  title,
  pressed,
  figures,
  width,
  onClick,
}: {
  label: ReactNode;
  title: string;
  pressed: boolean | 'mixed';
  figures: string;
  /** The bar's length, 0–1 of the largest section. */
  width: number;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`ranking-row ${pressed === true ? 'ranking-row-selected' : ''} ${pressed === 'mixed' ? 'ranking-row-mixed' : ''}`}
      aria-pressed={pressed}
      title={title}
      onClick={onClick}
    >
      <span className="ranking-label">
        {label}
        {pressed === true ? (
          <span className="ranking-check" aria-hidden="true">
            {' '}
            ✓
          </span>
        ) : null}
      </span>
      <span className="ranking-figures">{figures}</span>
      <span className="ranking-track" aria-hidden="true">
        <span
          className="ranking-bar"
          style={{ width: `${String(width * 100)}%` }}
        />
      </span>
    </button>
  );
}
