/**
 * The import template: the long layout, one row per value, with an example
 * row. The same header as the dashboard's own CSV export reads the same way.
 */
export const TEMPLATE_CSV = [
  'month;kz_region;ru_region;flow;hs_code;value;unit',
  '2024-01;KZ-63;RU-ALT;export;7601;1250000;USD',
  '',
].join('\r\n');
