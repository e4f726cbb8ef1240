import 'dkfds/dist/css/dkfds.min.css';
import './styles/index.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { i18n, startI18n } from './i18n/react';
import { showsPrerenderedPage } from './prerendered';
import { Root } from './Root';
import { browserStorage, storageKey } from './state/storage';
import { openMirror } from './state/durable';
import { createStore } from './state/store';

const root = document.getElementById('root');
if (root) {
  const [, durable] = await Promise.all([startI18n(), openMirror()]);
  const store = createStore(browserStorage(), durable);
  // The storage event fires only in the other tabs: each merges the other's changes with its own.
  window.addEventListener('storage', (event) => {
    if (event.key === storageKey) store.reload();
  });
  // A tab left open across a new version asks for page chunks the old service worker and the server no longer
  // have: load the new version instead, which finds the answers in localStorage.
  window.addEventListener('vite:preloadError', () => window.location.reload());
  const app = <Root i18n={i18n} store={store} />;
  if (root.hasChildNodes() && showsPrerenderedPage(store.getState(), i18n.language, window.location.hash)) {
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}
