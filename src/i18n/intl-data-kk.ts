// The formatjs ponyfill with Kazakh CLDR data, one lazy chunk (see
// intl-polyfill.ts): each locale-data script hands its data to
// `Intl.<Constructor>.__addLocaleData` as it runs.
import '@formatjs/intl-numberformat/locale-data/kk.js';
import '@formatjs/intl-datetimeformat/locale-data/kk.js';

export { NumberFormat } from '@formatjs/intl-numberformat';
export { DateTimeFormat } from '@formatjs/intl-datetimeformat';
