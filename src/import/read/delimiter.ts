import type { Delimiter } from '../types';

/** In order of preference when two delimiters explain the lines equally well. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ',', '|'];
/** Title rows, the header and enough data rows to see the pattern. */
const SAMPLE_RECORDS = 30;
/** The guess reads only the start of the file: a file with no newline stays fast. */
const SAMPLE_CHARS = 64 * 1024;
/** `12,5`, `-0,25`, `1 234,5`, `1 234 567,89` (plain or non-breaking spaces). */
const DECIMAL_COMMA = /^\s*[-−]?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*,\d+\s*$/;

/** One record's fields, quotes respected (`""` inside quotes is a quote). */
function splitRecords(sample: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < sample.length && records.length < SAMPLE_RECORDS) {
    const fields: string[] = [];
    let field = '';
    let atStart = true;
    let ended = false;
    while (i < sample.length && !ended) {
      const ch = sample.charAt(i);
      if (atStart && ch === '"') {
        let close = sample.indexOf('"', i + 1);
        while (close !== -1 && sample[close + 1] === '"')
          close = sample.indexOf('"', close + 2);
        const end = close === -1 ? sample.length : close + 1;
        field += sample.slice(i + 1, close === -1 ? end : close);
        i = end;
        atStart = false;
      } else if (ch === delimiter) {
        fields.push(field);
        field = '';
        atStart = true;
        i += 1;
      } else if (ch === '\n' || ch === '\r') {
        i += ch === '\r' && sample[i + 1] === '\n' ? 2 : 1;
        ended = true;
      } else {
        field += ch;
        atStart = false;
        i += 1;
      }
    }
    fields.push(field);
    if (fields.length > 1 || (fields[0] ?? '').trim() !== '')
      records.push(fields);
  }
  return records;
}

/** How many records share the most common field count above one. */
function consistency(records: readonly string[][]): number {
  const byCount = new Map<number, number>();
  for (const record of records)
    if (record.length > 1)
      byCount.set(record.length, (byCount.get(record.length) ?? 0) + 1);
  return Math.max(0, ...byCount.values());
}

function hasDecimalCommas(records: readonly string[][]): boolean {
  return records.some(
    (record) =>
      record.length > 1 && record.some((field) => DECIMAL_COMMA.test(field)),
  );
}

/**
 * Returns the delimiter among `;`, tab, `,` and `|` that gives the most of
 * the first 30 non-empty records the same number of fields (more than one),
 * quotes respected; single-cell title rows above the header do not count.
 * Never `,` when fields split by `;` or tab hold numbers with a decimal
 * comma (`1 234,5`). `;` when nothing splits, as Russian Excel saves it.
 */
export function guessDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: Delimiter = ';';
  let bestScore = 0;
  let decimalCommas = false;
  for (const delimiter of CANDIDATES) {
    const records = splitRecords(sample, delimiter);
    const score = consistency(records);
    if (delimiter === ';' || delimiter === '\t')
      decimalCommas ||= score > 0 && hasDecimalCommas(records);
    if (delimiter === ',' && decimalCommas) continue;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
