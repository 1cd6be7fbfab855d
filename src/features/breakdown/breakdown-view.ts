import type { TradeView } from '@/api/queries/trade';

/**
 * What the breakdown table asks for: the view as filtered, without the
 * year before (the table shows the period alone).
 */
export function breakdownView(view: TradeView): TradeView {
  return { ...view, compare: false };
}
