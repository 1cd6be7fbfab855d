// The formatjs ponyfill with English CLDR data, one lazy chunk (see
// intl-polyfill.ts): each locale-data script hands its data to
// `Intl.<Constructor>.__addLocaleData` as it runs.
import '@formatjs/intl-numberformat/locale-data/en.js';
import '@formatjs/intl-datetimeformat/locale-data/en.js';

export { NumberFormat } from '@formatjs/intl-numberformat';
export { DateTimeFormat } from '@formatjs/intl-datetimeformat';
