/**
 * Header words of Russian, Kazakh and English files, and of the dashboard's
 * own CSV export in its three languages (`month`, `месяц`, `ай`;
 * `kz_region`, `регион_рк`, `қр_өңірі`; …).
 */
import type { ColumnRole } from '@/import/types';
import { normalizeWords } from './text';

/** A header's role; `region` is a region of either country, decided by content. */
export type HeaderRole = Exclude<ColumnRole, 'ignore'> | 'region';

export type HeaderMatch = {
  role: HeaderRole;
  /** A name column (`kz_region_name`, `Наименование товара`): its role only when no code column has it. */
  name: boolean;
};

/** Checked in order: the more specific phrases first (`раздел тнвэд` before `тнвэд`). */
const PHRASES: readonly [HeaderRole, readonly string[]][] = [
  [
    'unit',
    ['единица измерения', 'ед изм', 'unit', 'units', 'өлшем бірлігі', 'ед'],
  ],
  ['section', ['раздел', 'section', 'hs section', 'бөлім', 'бөлімі', 'разд']],
  [
    'product',
    [
      'код тн вэд',
      'тн вэд',
      'тнвэд',
      'код товара',
      'hs code',
      'hs chapter',
      'hs',
      'chapter',
      'сэқ тн коды',
      'сэқ тн тобы',
      'тобы',
      'code',
      'код',
      'группа',
      'товар',
      'товары',
      'product',
      'commodity',
      'тауар',
    ],
  ],
  [
    'period',
    [
      'период',
      'месяц',
      'дата',
      'period',
      'month',
      'date',
      'ай',
      'кезең',
      'год месяц',
    ],
  ],
  [
    'flow',
    [
      'направление',
      'поток',
      'flow',
      'direction',
      'бағыт',
      'экспорт импорт',
      'вид потока',
    ],
  ],
  [
    'ru',
    [
      'регион россии',
      'регион рф',
      'субъект рф',
      'субъект российской федерации',
      'ru region',
      'russian region',
      'region of russia',
      'ресей өңірі',
      'рф өңірі',
      'ru',
      'партнер',
    ],
  ],
  [
    'kz',
    [
      'регион казахстана',
      'регион рк',
      'область',
      'облыс',
      'облысы',
      'kz region',
      'kazakh region',
      'region of kazakhstan',
      'қазақстан өңірі',
      'қр өңірі',
      'kz',
    ],
  ],
  ['region', ['регион', 'region', 'өңір', 'өңірі', 'субъект']],
  [
    'value',
    [
      'стоимость',
      'значение',
      'сумма',
      'value',
      'amount',
      'құны',
      'объем',
      'объём',
      'usd',
      'trade value',
    ],
  ],
];

const NAME_WORDS = [
  'name',
  'names',
  'наименование',
  'название',
  'наим',
  'атауы',
  'атаулары',
  'label',
  'description',
  'описание',
];

/** The role a header's words name, or null. */
export function headerRole(text: string): HeaderMatch | null {
  const normal = normalizeWords(text);
  if (normal === '' || normal.length > 120) return null;
  const padded = ` ${normal} `;
  const name = NAME_WORDS.some((w) => padded.includes(` ${w} `));
  for (const [role, phrases] of PHRASES) {
    for (const phrase of phrases) {
      if (padded.includes(` ${phrase} `)) {
        // `Товар` names goods; `Наименование товара` too: a name column.
        const byName =
          name ||
          (role === 'product' && /товар|тауар|product|commodity/.test(phrase));
        return { role, name: byName };
      }
    }
  }
  return name ? { role: 'product', name: true } : null;
}
