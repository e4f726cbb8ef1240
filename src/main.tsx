import 'dkfds/dist/css/dkfds.min.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n, startI18n } from './i18n/react';
import { StoreProvider } from './state/context';
import { browserStorage, storageKey } from './state/storage';
import { createStore } from './state/store';

const root = document.getElementById('root');
if (root) {
  await startI18n();
  const store = createStore(browserStorage());
  // The storage event fires only in the other tabs, so two open tabs never overwrite each other unseen.
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey) store.reload();
  });
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
