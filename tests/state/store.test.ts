import { describe, expect, it } from 'vitest';
import { storageKey, unreadableKey } from '../../src/state/storage';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { createStore } from '../../src/state/store';
import { MemoryStorage } from '../components/render';
import { twoTabs } from './two-tabs';

const now = () => '2026-11-22T10:00:00.000Z';

describe('the saved work', () => {
  it('saves every change at once and reads it back in a new session', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.setAnswer('sector', 'region');
    store.setNote('sector', 'Vi er en region.');
    store.setRoute('#/step/barriers-legal');
    const again = createStore(storage, { now }).getState();
    expect(again).toMatchObject({
      answers: { sector: 'region' },
      notes: { sector: 'Vi er en region.' },
      route: '#/step/barriers-legal',
      storage: 'ok',
    });
  });

  it('keeps the answers in memory and says so when the browser refuses to store them', () => {
    const store = createStore(new MemoryStorage(true), { now });
    store.setAnswer('sector', 'state');
    expect(store.getState()).toMatchObject({ answers: { sector: 'state' }, storage: 'failed' });
    expect(store.toFile().answers).toEqual({ sector: 'state' });
  });

  it('exports the parat-answers format without empty notes', () => {
    const store = createStore(new MemoryStorage(), { now });
    store.setAnswer('sector', 'region');
    store.setNote('sector', '  ');
    expect(store.toFile()).toEqual({
      format: 'parat-answers',
      bankVersion: bank.version,
      savedAt: '2026-11-22T10:00:00.000Z',
      answers: { sector: 'region' },
      notes: {},
    });
  });
});

describe('saved data this version cannot read', () => {
  const wrapper = (file: unknown, extra: object = {}) =>
    JSON.stringify({ storageVersion: 1, route: '#/step/profile', file, ...extra });
  const answers = { sector: 'region', 'skills-technology-choice': 'high' };
  const valid = { format: 'parat-answers', bankVersion: 1, answers };

  it.each([
    ['text that is not JSON', '{"storageVersion":1,', 0],
    ['null', 'null', 0],
    ['an answers file with a value no question has', wrapper({ ...valid, answers: { ...answers, size: 'x' } }), 2],
    ['a wrapper whose route is not a string', wrapper(valid, { route: 7 }), 2],
    ['a bare answers file', JSON.stringify(valid), 2],
  ])('keeps %s aside until the user discards it, and the first answer does not destroy it', (_, raw, readable) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, raw);
    const store = createStore(storage, { now });
    expect(store.getState()).toMatchObject({ answers: {}, recovered: { kind: 'unreadable', raw } });
    expect(store.getState().recovered?.salvage?.entries ?? 0).toBe(readable);

    store.setAnswer('size', 'under-500');
    expect(JSON.parse(storage.getItem(unreadableKey) ?? '[]')).toEqual([raw]);
    // Still offered after a reload, until the user discards it.
    expect(createStore(storage, { now }).getState().recovered?.raw).toBe(raw);
    store.dismissRecovered();
    expect(storage.getItem(unreadableKey)).toBeNull();
    expect(createStore(storage, { now }).getState()).toMatchObject({ answers: { size: 'under-500' } });
    expect(createStore(storage, { now }).getState().recovered).toBeUndefined();
  });

  it('offers the readable answers as a file the import accepts, and says when some were left out', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, wrapper({ ...valid, answers: { ...answers, size: 'x' }, notes: { sector: 'Note' } }));
    const salvage = createStore(storage, { now }).getState().recovered?.salvage;
    expect(salvage).toMatchObject({ entries: 3, complete: false });
    const reading = readAnswersFile(JSON.stringify(salvage?.file), bank);
    expect(reading).toMatchObject({ ok: true, file: { answers, notes: { sector: 'Note' } } });
  });

  it('never overwrites data saved by a newer version, and keeps the work in the tab', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ storageVersion: 2, route: '#/results', file: valid });
    storage.setItem(storageKey, raw);
    const store = createStore(storage, { now });
    expect(store.getState()).toMatchObject({ storage: 'newer', recovered: { kind: 'newer', salvage: { entries: 2 } } });
    store.setAnswer('size', 'under-500');
    store.reset();
    store.setAnswer('sector', 'state');
    store.dismissRecovered();
    expect(storage.getItem(storageKey)).toBe(raw);
    expect(store.toFile().answers).toEqual({ sector: 'state' });
  });

  it('writes nothing over unreadable data when the browser will not keep a copy of it', () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, 'garbage');
    storage.failWrites = true;
    const store = createStore(storage, { now });
    storage.failWrites = false;
    store.setAnswer('sector', 'region');
    expect(storage.getItem(storageKey)).toBe('garbage');
    expect(store.getState()).toMatchObject({ storage: 'failed', answers: { sector: 'region' } });
  });
});

describe('saved data that turns unreadable while the app runs', () => {
  it('is kept aside before the next save, and a newer version’s data is never written over', () => {
    const storage = new MemoryStorage();
    const store = createStore(storage, { now });
    store.setAnswer('sector', 'region');
    storage.setItem(storageKey, '{"broken":');
    store.setAnswer('size', 'under-500');
    expect(JSON.parse(storage.getItem(unreadableKey) ?? '[]')).toEqual(['{"broken":']);
    expect(store.getState().recovered).toMatchObject({ kind: 'unreadable', raw: '{"broken":' });
    storage.setItem(storageKey, '{"also broken":');
    store.reset();
    expect(JSON.parse(storage.getItem(unreadableKey) ?? '[]')).toEqual(['{"broken":', '{"also broken":']);
    store.setAnswer('size', 'under-500');
    const newer = JSON.stringify({ storageVersion: 9, route: '', file: {} });
    storage.setItem(storageKey, newer);
    store.setAnswer('sector', 'state');
    expect(storage.getItem(storageKey)).toBe(newer);
    expect(store.getState()).toMatchObject({ storage: 'newer', answers: { sector: 'state', size: 'under-500' } });
  });
});

describe('the stored route', () => {
  it.each(['https://example.invalid/steal', 'javascript:alert(1)', '#/step/../../x', '//example.invalid', '#/about'])(
    'is not followed when it is %s',
    (route) => {
      const storage = new MemoryStorage();
      storage.setItem(
        storageKey,
        JSON.stringify({
          storageVersion: 1,
          route,
          file: { format: 'parat-answers', bankVersion: 1, answers: { sector: 'region' } },
        }),
      );
      expect(createStore(storage, { now }).getState()).toMatchObject({ route: '', answers: { sector: 'region' } });
    },
  );

  it('is followed when the app wrote it', () => {
    const store = createStore(new MemoryStorage(), { now });
    store.setRoute('#/step/barriers-legal');
    expect(store.getState().route).toBe('#/step/barriers-legal');
  });
});

describe('two tabs', () => {
  it('keep both answers when they answer different questions at the same moment', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setAnswer('sector', 'region');
    tabs[1]?.setAnswer('size', 'under-500');
    settle();
    expect(stored().answers).toEqual({ sector: 'region', size: 'under-500' });
    expect(tabs[0]?.getState().answers).toEqual(tabs[1]?.getState().answers);
  });

  it('keep both notes when notes are typed in both at once, key by key', () => {
    const { tabs, settle, stored } = twoTabs();
    const typed = ['Vi', 'Vi har', 'Vi har travlt'];
    typed.forEach((text) => {
      tabs[0]?.setNote('sector', text);
      tabs[1]?.setNote('size', `${text}!`);
    });
    settle();
    expect(stored().notes).toEqual({ sector: 'Vi har travlt', size: 'Vi har travlt!' });
  });

  it('let the later change win when both change the same answer', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setAnswer('sector', 'region');
    tabs[1]?.setAnswer('sector', 'state');
    settle();
    expect(stored().answers).toEqual({ sector: 'state' });
  });

  it('both start afresh when one chooses "Start forfra"', () => {
    const { tabs, settle, stored } = twoTabs();
    tabs[0]?.setAnswer('sector', 'region');
    settle();
    tabs[1]?.reset();
    settle();
    expect(stored().answers).toEqual({});
    expect(tabs[0]?.getState().answers).toEqual({});
    tabs[0]?.setAnswer('size', 'under-500');
    settle();
    expect(stored().answers).toEqual({ size: 'under-500' });
  });
});

describe('the date of the assessment', () => {
  it('is the imported file’s own date, kept while moving between pages, and today once an answer changes', () => {
    const store = createStore(new MemoryStorage(), { now });
    store.setAnswer('sector', 'state');
    const older = { format: 'parat-answers' as const, bankVersion: bank.version, savedAt: '2024-11-18T09:00:00.000Z' };
    store.replaceAll({ ...older, answers: { sector: 'region' } });
    store.setRoute('#/results');
    expect(store.toAssessmentFile().savedAt).toBe('2024-11-18T09:00:00.000Z');
    store.setAnswer('sector', 'municipality');
    expect(store.toAssessmentFile().savedAt).toBe(now());
  });
});
