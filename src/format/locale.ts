/** The Intl locale of a Parat language: Danish as written in Denmark, English as in Britain. */
export const intlLocale = (language: string) => (language === 'da' ? 'da-DK' : 'en-GB');

/** A count in the reader's language: 10.000 in Danish, 10,000 in English. */
export const formatNumber = (n: number, language: string) => n.toLocaleString(intlLocale(language));

/** A share in the reader's language: 12 % in Danish, 12% in English. */
export const formatPercent = (share: number, language: string) =>
  percentFormat(intlLocale(language)).format(share / 100);

// Making a number format takes longer than using one, and a page of charts formats hundreds of shares.
const percentFormats = new Map<string, Intl.NumberFormat>();
function percentFormat(locale: string) {
  const known = percentFormats.get(locale);
  if (known) return known;
  const made = new Intl.NumberFormat(locale, { style: 'percent' });
  percentFormats.set(locale, made);
  return made;
}

// Making a date format costs far more than using one; a list of assessments writes a date for each.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}${withTime ? ' time' : ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** A date in the reader's language (23. november 2026, 23 November 2026); undefined for a date that is no date. */
export function formatDate(date: string | Date, language: string, withTime = false): string | undefined {
  const value = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(value.getTime()) ? undefined : dateFormat(language, withTime).format(value);
}

/** Today in the reader's language, as a report's date. */
export const todayText = (language: string) => dateFormat(language, false).format(new Date());
