import i18next, { type TFunction } from 'i18next';
import { defaultLanguage, type Language, resources } from './resources';

/** A translator for one language, loaded synchronously from the bundled locale files. */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources,
    ns: Object.keys(resources[defaultLanguage]),
    defaultNS: 'bank',
    initAsync: false,
    // Strings are rendered by React, the PDF writer or a terminal, never as HTML: no escaping here.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}

export * from './resources';
