/**
 * What every exported file states about itself, in the current language.
 * Built by the app from the filters; plain data so exporters stay UI-free.
 */
export type ExportContext = {
  /** "East Kazakhstan Region ↔ Altai Krai trade, Jan – Aug 2023" */
  title: string;
  /** One line per filter: pair, period, sectors, direction, comparison. */
  filterLines: string[];
  /** "Illustrative data" or "Your data". */
  status: string;
  /** Where the figures come from. */
  source: string;
  /** "Exported 26 Nov 2026" */
  exportedOn: string;
  /** `KZ-63_RU-ALT_2023-01_2023-08`, for file names. */
  fileStem: string;
};
