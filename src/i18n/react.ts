import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLocale } from './browser-resources';
import { defaultLanguage, isLanguage, type Language } from './languages';

const languageKey = 'parat-language';

function savedLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(languageKey);
    return isLanguage(saved) ? saved : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export const i18n = i18next.createInstance();

async function ensureLoaded(language: Language, part: 'frame' | 'content') {
  if (i18n.hasResourceBundle(language, part === 'frame' ? 'bank' : 'questions')) return;
  const bundles = await loadLocale[language][part]();
  // Deep, without overwriting: the content part adds the page strings of the app namespace to the frame's.
  for (const [ns, resources] of Object.entries(bundles)) i18n.addResourceBundle(language, ns, resources, true, false);
}

/**
 * Loads the questions, national figures, recommendations and report strings of the language in use. Every page but the start page
 * waits for it before it renders (App.tsx), as does the import preview, which names questions.
 */
export const loadContentStrings = async () => {
  if (isLanguage(i18n.language)) await ensureLoaded(i18n.language, 'content');
};

/** Loads the saved language (Danish by default) and starts i18next; the app renders once this resolves. */
export async function startI18n(): Promise<void> {
  const language = savedLanguage();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: {},
    partialBundledLanguages: true,
    ns: ['app', 'bank', 'meeting', 'national', 'plan', 'questions', 'records', 'recommendations', 'report', 'workshop'],
    defaultNS: 'app',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  await ensureLoaded(language, 'frame');
  document.documentElement.lang = language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

/** Switches language, keeping answers and step, and remembers the choice. */
export async function setLanguage(language: Language) {
  await Promise.all([ensureLoaded(language, 'frame'), ensureLoaded(language, 'content')]);
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(languageKey, language);
  } catch {
    // The choice then lasts for this visit only.
  }
}
