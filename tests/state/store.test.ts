import { describe, expect, it } from 'vitest';
import { storageKey } from '../../src/state/storage';
import { createStore } from '../../src/state/store';
import { MemoryStorage } from '../components/render';

const now = () => '2026-11-22T10:00:00.000Z';

describe('the saved work', () => {
  it('saves every change at once and reads it back in a new session', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, now);
    store.setAnswer('sector', 'region');
    store.setNote('sector', 'Vi er en region.');
    store.setRoute('#/step/barriers-legal');
    const again = createStore(storage, now).getState();
    expect(again).toMatchObject({
      answers: { sector: 'region' },
      notes: { sector: 'Vi er en region.' },
      route: '#/step/barriers-legal',
      storage: 'ok',
    });
  });

  it('keeps the answers in memory and says so when the browser refuses to store them', () => {
    const store = createStore(new MemoryStorage(true), now);
    store.setAnswer('sector', 'state');
    expect(store.getState()).toMatchObject({ answers: { sector: 'state' }, storage: 'failed' });
    expect(store.toFile().answers).toEqual({ sector: 'state' });
  });

  it.each([
    ['text that is not JSON', '{"storageVersion":1,'],
    [
      'an answers file with a value no question has',
      JSON.stringify({
        storageVersion: 1,
        route: '',
        file: { format: 'parat-answers', bankVersion: 1, answers: { sector: 'x' } },
      }),
    ],
    ['another storage version', JSON.stringify({ storageVersion: 99, route: '', file: {} })],
    ['null', 'null'],
  ])('starts clean but keeps %s for download', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, raw);
    const state = createStore(storage, now).getState();
    expect(state).toMatchObject({ answers: {}, notes: {}, unreadable: raw });
  });

  it('forgets everything on "Start forfra"', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, now);
    store.setAnswer('sector', 'region');
    store.reset();
    expect(store.getState().answers).toEqual({});
    expect(storage.getItem(storageKey)).toBeNull();
  });

  it('exports the parat-answers format without empty notes', () => {
    const store = createStore(new MemoryStorage(), now);
    store.setAnswer('sector', 'region');
    store.setNote('sector', '  ');
    expect(store.toFile()).toEqual({
      format: 'parat-answers',
      bankVersion: 1,
      savedAt: '2026-11-22T10:00:00.000Z',
      answers: { sector: 'region' },
      notes: {},
    });
  });
});

describe('two tabs', () => {
  it('takes the other tab’s saved work, so the next change keeps both', () => {
    const storage = new MemoryStorage();
    const first = createStore(storage, now);
    const second = createStore(storage, now);
    first.setAnswer('sector', 'region');
    second.reload();
    second.setAnswer('size', 'under-500');
    expect(createStore(storage, now).getState().answers).toEqual({ sector: 'region', size: 'under-500' });
  });
});
