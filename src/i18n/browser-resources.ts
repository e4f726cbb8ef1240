import type { Language } from './resources';

/**
 * The app's strings per language, one lazy chunk each: only the language in use is downloaded, and the command
 * line's strings never reach the browser.
 */
export const loadLocale: Record<Language, () => Promise<Record<string, unknown>>> = {
  da: async () => (await import('./locale-da')).default,
  en: async () => (await import('./locale-en')).default,
};
