import { describe, expect, it } from 'vitest';
import { storageKey } from '../../src/state/storage';
import { createStore } from '../../src/state/store';
import { MemoryStorage } from '../components/render';

const now = () => '2026-11-22T10:00:00.000Z';

describe('the durable copy', () => {
  it('brings back work that localStorage lost in a crash, merged with what it kept', () => {
    const writes: string[] = [];
    const mirror = { write: (text: string) => void writes.push(text) };
    const store = createStore(new MemoryStorage(), { now, mirror });
    store.setAnswer('sector', 'region');
    store.setAnswer('size', 'under-500');
    const afterCrash = new MemoryStorage();
    afterCrash.setItem(storageKey, writes[0] ?? '');
    const state = createStore(afterCrash, { now, mirrored: writes.at(-1) ?? '' }).getState();
    expect(state.answers).toEqual({ sector: 'region', size: 'under-500' });
  });
});

describe('work saved without stamps', () => {
  const at = (iso: string) => () => Date.parse(iso);
  const earlier = (file: object) =>
    JSON.stringify({
      storageVersion: 1,
      route: '#/plan',
      file: { format: 'parat-answers', bankVersion: 1, answers: { sector: 'region' }, ...file },
    });
  const holding = (text: string) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, text);
    return storage;
  };
  const action = { title: 'Budget til robotdrift', areas: [], status: 'not-started' as const };

  it('does not undo a later change kept in the durable copy, however late the browser restarts', () => {
    const saved = earlier({ savedAt: '2026-11-21T10:00:00.000Z', plan: { 'own-budget': action } });
    const writes: string[] = [];
    const mirror = { write: (text: string) => void writes.push(text) };
    const tab = createStore(holding(saved), { mirror, clock: at('2026-11-22T10:00:00Z') });
    tab.setAction('own-budget', { ...action, responsible: 'Kontorchefen' });
    tab.setAnswer('sector', 'state');
    // Killed before localStorage reached the disk: it still holds the earlier work, the durable copy the changes.
    const restarted = createStore(holding(saved), {
      mirrored: writes.at(-1) ?? '',
      clock: at('2026-11-23T10:00:00Z'),
    }).getState();
    expect(restarted.plan['own-budget']?.responsible).toBe('Kontorchefen');
    expect(restarted.answers).toEqual({ sector: 'state' });
  });

  it('is newer than a durable copy that was cleared before it was saved', () => {
    const writes: string[] = [];
    const mirror = { write: (text: string) => void writes.push(text) };
    const tab = createStore(new MemoryStorage(), { mirror, clock: at('2026-11-20T10:00:00Z') });
    tab.setAnswer('sector', 'state');
    tab.reset();
    const storage = holding(earlier({ savedAt: '2026-11-21T10:00:00.000Z' }));
    const state = createStore(storage, { mirrored: writes.at(-1) ?? '' }).getState();
    expect(state).toMatchObject({ answers: { sector: 'region' }, route: '#/plan' });
  });

  it('stays cleared by a "Start forfra" made after it was saved, when the browser was killed before the disk had it', () => {
    const saved = earlier({ savedAt: '2026-11-21T10:00:00.000Z' });
    const writes: string[] = [];
    const mirror = { write: (text: string) => void writes.push(text) };
    createStore(holding(saved), { mirror, clock: at('2026-11-22T10:00:00Z') }).reset();
    const restarted = createStore(holding(saved), { mirrored: writes.at(-1) ?? '' }).getState();
    expect(restarted).toMatchObject({ answers: {}, route: '' });
  });

  it('without a save time, is older than any change', () => {
    const writes: string[] = [];
    const mirror = { write: (text: string) => void writes.push(text) };
    const tab = createStore(holding(earlier({})), { mirror });
    tab.setAnswer('sector', 'state');
    const state = createStore(holding(earlier({})), {
      mirrored: writes.at(-1) ?? '',
      clock: () => Date.now() + 86_400_000,
    }).getState();
    expect(state.answers).toEqual({ sector: 'state' });
  });
});

describe('hostile saved data', () => {
  it('never stops the app from starting, however deep it is nested', () => {
    const storage = new MemoryStorage();
    const deep = `{"storageVersion":1,"route":"#/check","file":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    storage.setItem(storageKey, deep);
    expect(createStore(storage, { now }).getState()).toMatchObject({ answers: {}, recovered: { kind: 'unreadable' } });
  });
});
