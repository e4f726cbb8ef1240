/** The Intl locale of a Parat language: Danish as written in Denmark, English as in Britain. */
export const intlLocale = (language: string) => (language === 'da' ? 'da-DK' : 'en-GB');

// Making a number, date or list format costs far more than using one, and a page of charts writes hundreds of
// shares and dates: each format is made once, by what it is for and the language.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

/** The format known by `key`, made by `make` the first time it is asked for. */
export function formatOnce<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => F,
): F {
  const known = made.get(key) as F | undefined;
  if (known) return known;
  const format = make();
  made.set(key, format);
  return format;
}

/** A count in the reader's language: 10.000 in Danish, 10,000 in English. */
export const formatNumber = (n: number, language: string) =>
  formatOnce(`number ${language}`, () => new Intl.NumberFormat(intlLocale(language))).format(n);

/** A share in the reader's language: 12 % in Danish, 12% in English. */
export const formatPercent = (share: number, language: string) =>
  formatOnce(`percent ${language}`, () => new Intl.NumberFormat(intlLocale(language), { style: 'percent' })).format(
    share / 100,
  );

const dateFormat = (language: string, withTime: boolean) =>
  formatOnce(
    `date ${language}${withTime ? ' time' : ''}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) }),
  );

/** A date in the reader's language (23. november 2026, 23 November 2026); undefined for a date that is no date. */
export function formatDate(date: string | Date, language: string, withTime = false): string | undefined {
  const value = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(value.getTime()) ? undefined : dateFormat(language, withTime).format(value);
}

/** Today in the reader's language, as a report's date. */
export const todayText = (language: string) => dateFormat(language, false).format(new Date());
