import i18next from 'i18next';
import { renderToString } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, resources } from './i18n/resources';
import { Root } from './Root';
import { createStore } from './state/store';

const emptyStorage: Storage = {
  length: 0,
  clear: () => {},
  getItem: () => null,
  key: () => null,
  removeItem: () => {},
  setItem: () => {},
};

/**
 * The start page as a first-time visitor sees it, rendered when the app is built and put into index.html, so it
 * shows as soon as the HTML and CSS arrive instead of after the scripts. main.tsx takes it over.
 */
export function renderStartPage(): string {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: defaultLanguage,
    resources: { [defaultLanguage]: resources[defaultLanguage] },
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToString(<Root i18n={i18n} store={createStore(emptyStorage)} />);
}
