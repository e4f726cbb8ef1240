/** The app's languages: a module of its own, so that the browser's first load never pulls in every string. */
export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'da';

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);
