import type { i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { StoreProvider } from './state/context';
import type { Store } from './state/store';

/** The whole app with its language and its answers: rendered in the browser, and at build time (prerender.tsx). */
export function Root({ i18n, store }: { i18n: I18n; store: Store }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
