/** The Intl locale of a Parat language: Danish as written in Denmark, English as in Britain. */
export const intlLocale = (language: string) => (language === 'da' ? 'da-DK' : 'en-GB');

/** A count in the reader's language: 10.000 in Danish, 10,000 in English. */
export const formatNumber = (n: number, language: string) => n.toLocaleString(intlLocale(language));
