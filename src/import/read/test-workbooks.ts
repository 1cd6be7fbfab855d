import * as XLSX from '@e965/xlsx';

/** Midnight UTC on the first of a month, as Excel's date serials mean it. */
function month(year: number, monthIndex: number): Date {
  return new Date(Date.UTC(year, monthIndex, 1));
}

/**
 * The sheet statistics offices publish: two title rows (the first merged
 * across the table), TN VED codes as text, months as columns with date-typed
 * headers, a confidential `х`, a `Всего` row.
 */
export const TRADE_SHEET: unknown[][] = [
  ['Экспорт Казахстана в Россию по товарам'],
  ['тыс. долл. США'],
  ['Код ТН ВЭД', 'Наименование', month(2024, 0), month(2024, 1), 'Март 2024*'],
  ['0401', 'Молоко и сливки', 1234.5, 'х', 10],
  ['2710', 'Нефтепродукты', 0.25, 3, true],
  ['Всего', null, 1234.75, 3, 10],
];

/** Returns a workbook file (XLSX or legacy BIFF8 XLS) built with SheetJS itself. */
export function tradeWorkbook(bookType: 'xlsx' | 'biff8'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Notes');
  const trade = XLSX.utils.aoa_to_sheet(TRADE_SHEET, { UTC: true });
  trade['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  XLSX.utils.book_append_sheet(wb, trade, 'Trade');
  // Starts at C3: rows and columns before it must still be counted.
  const offset = XLSX.utils.sheet_add_aoa(
    XLSX.utils.aoa_to_sheet([]),
    [
      ['Регион', 'Стоимость'],
      ['KZ-63', 5],
    ],
    { origin: 'C3' },
  );
  XLSX.utils.book_append_sheet(wb, offset, 'Offset');
  const written: unknown = XLSX.write(wb, { type: 'array', bookType });
  return new Uint8Array(written as ArrayBuffer);
}
