/**
 * The interpreting half of the import: a `RawTable` and a `Mapping` to
 * records, problems and control totals. The one entry of the folder (the
 * brief of the import module asks for it, against the no-barrel rule of
 * STYLE.md §2, so that the worker and the server import one path).
 */
export type { ImportCatalog } from './catalog';
export { columnLabel, columnLetter } from './column-label';
export { detectMapping } from './detect-mapping';
export { detectUnit } from './detect-unit';
export { interpret, type InterpretOptions } from './interpret';
export { isSubtotalLabel } from './is-subtotal-label';
export { parseAmount, type ParsedAmount } from './parse-amount';
export { parseFlow } from './parse-flow';
export { parsePeriod, type ParsedPeriod } from './parse-period';
export { parseProduct, type ParsedProduct } from './parse-product';
export { resolveSide } from './resolve-side';
