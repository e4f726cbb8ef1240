import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { resources } from '../../src/i18n';
import { StoreProvider } from '../../src/state/context';
import { createStore } from '../../src/state/store';

/** Renders with the real Danish strings and a store over an in-memory storage. */
export function renderWithApp(ui: ReactElement, storage: Storage = new MemoryStorage()) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'da',
    resources,
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const store = createStore(storage, { now: () => '2026-11-22T10:00:00.000Z' });
  return {
    store,
    ...render(
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>{ui}</StoreProvider>
      </I18nextProvider>,
    ),
  };
}

/** localStorage in memory; `failWrites` makes it behave like a full or blocked one. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(public failWrites = false) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}
