/** Which column a table is sorted by, and which way. */
export type SortState<K extends string> = { key: K; descending: boolean };

export type SortColumn<K extends string> = {
  key: K;
  label: string;
  /** Numbers are right-aligned and sort largest first on the first click. */
  numeric: boolean;
};

/**
 * A column header that sorts its table: a button in the `<th>`, the
 * direction in `aria-sort` and in a glyph. Clicking the sorted column turns
 * it around; another column starts largest first when numeric, A–Z if not.
 */
export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
}: {
  column: SortColumn<K>;
  sort: SortState<K>;
  onSort: (next: SortState<K>) => void;
}) {
  const active = sort.key === column.key;
  return (
    <th
      scope="col"
      className={column.numeric ? 'num' : undefined}
      aria-sort={
        active ? (sort.descending ? 'descending' : 'ascending') : 'none'
      }
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          onSort({
            key: column.key,
            descending: active ? !sort.descending : column.numeric,
          });
        }}
      >
        {column.label}
        <span aria-hidden="true">
          {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
