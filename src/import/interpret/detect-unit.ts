import type { Unit } from '@/import/types';

const MILLION = /млн|миллион|million|mln|\bmn\b|\bm\s*usd/;
const THOUSAND = /тыс|тысяч|thousand|мың|\bths\b|\bk\s*usd|usd\s*k\b|'000|’000/;
const DOLLAR = /долл|доллар|dollar|usd|us\s*\$|\$/;

/**
 * The unit a header, a title or a unit cell states: `тыс. долл. США`,
 * `thousand US dollars`, `USD thousand`, `мың АҚШ доллары` are thousands;
 * `млн долл. США`, `million USD`, `млн АҚШ доллары` millions; `долл. США`,
 * `US dollars`, `USD`, `value_usd` dollars. Null without a dollar word
 * (`тыс. тенге`, `тонн`).
 */
export function detectUnit(text: string): Unit | null {
  if (text.length > 300) return null;
  const lower = text.toLowerCase().replace(/[_\u00a0]/g, ' ');
  if (!DOLLAR.test(lower)) return null;
  if (MILLION.test(lower)) return 'million-usd';
  if (THOUSAND.test(lower)) return 'thousand-usd';
  return 'usd';
}
