import type { Language } from './languages';

type Bundles = Record<string, unknown>;

/**
 * The app's strings per language, in two lazy chunks each: the frame and start page's (`app`, `bank`), and the
 * questions, recommendations and report, which the start page does not show (12 kB gzip kept out of the first
 * load). Only the language in use is downloaded, and the command line's strings never reach the browser.
 */
export const loadLocale: Record<Language, { frame: () => Promise<Bundles>; content: () => Promise<Bundles> }> = {
  da: {
    frame: async () => (await import('./locale-da')).default,
    content: async () => (await import('./locale-da-content')).default,
  },
  en: {
    frame: async () => (await import('./locale-en')).default,
    content: async () => (await import('./locale-en-content')).default,
  },
};
