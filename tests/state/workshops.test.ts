import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { WorkshopFile } from '../../questions/workshop-file';
import { adoptLegacy } from '../../src/state/legacy-workshop';
import { keptUnreadable } from '../../src/state/storage';
import {
  emptyWorkshop,
  legacyKey,
  listWorkshops,
  openWorkshop,
  removeWorkshop,
  saveWorkshop,
  unreadableWorkshopsKey,
} from '../../src/state/workshops';
import { MemoryStorage } from '../components/render';
import { loadFixture } from '../fixtures';

const region = loadFixture('large-region-rpa');
const bakkedal = (): WorkshopFile => ({
  ...emptyWorkshop('w-bakkedal', { name: 'Bakkedal Kommune', date: '2026-12-06' }),
  savedAt: '2026-12-06T11:00:00.000Z',
  facilitator: 'Mette',
  participants: [{ key: 'a', name: 'Anna', named: true, role: 'ledelse', file: region }],
  decisions: { 'task-volume': { answer: 'low', note: 'Enige efter drøftelse' } },
  plan: { 'own-1': { title: 'Robotdrift', areas: [], status: 'not-started' } },
});

describe('the workshops kept in this browser', () => {
  it('saves a workshop apart from the user’s own answers and opens it again as it was', () => {
    const storage = new MemoryStorage();
    storage.setItem('parat', 'the user’s own answers');
    expect(saveWorkshop(storage, bakkedal())).toBe(true);
    expect(openWorkshop(storage, 'w-bakkedal')).toEqual({
      kind: 'loaded',
      file: bakkedal(),
      notices: [],
      writable: true,
    });
    expect(listWorkshops(storage)).toEqual({
      open: 'w-bakkedal',
      workshops: [
        {
          id: 'w-bakkedal',
          name: 'Bakkedal Kommune',
          date: '2026-12-06',
          participants: 1,
          savedAt: bakkedal().savedAt,
        },
      ],
    });
    expect(storage.getItem('parat')).toBe('the user’s own answers');
  });

  it('holds several workshops, the last saved first, and forgets only the one removed', () => {
    const storage = new MemoryStorage();
    saveWorkshop(storage, bakkedal());
    saveWorkshop(storage, { ...emptyWorkshop('w-midtby', { name: 'Midtby' }), savedAt: '2026-12-07T09:00:00.000Z' });
    expect(listWorkshops(storage).workshops.map((w) => w.name)).toEqual(['Midtby', 'Bakkedal Kommune']);
    removeWorkshop(storage, 'w-midtby');
    expect(listWorkshops(storage).workshops.map((w) => w.name)).toEqual(['Bakkedal Kommune']);
  });

  it('lists every workshop stored even when the list of names is damaged', () => {
    const storage = new MemoryStorage();
    saveWorkshop(storage, bakkedal());
    storage.setItem('parat-workshops', '{"workshops": [null, 7');
    expect(listWorkshops(storage).workshops.map((w) => [w.name, w.participants])).toEqual([['Bakkedal Kommune', 1]]);
  });

  it('keeps a stored workshop it cannot read aside, to be offered as a file, and leaves a newer Parat’s alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('parat-workshop:w-broken', '{"format": "parat-workshop", "version": 1, "bankV');
    expect(openWorkshop(storage, 'w-broken').kind).toBe('unreadable');
    expect(keptUnreadable(storage, unreadableWorkshopsKey)).toEqual([storage.getItem('parat-workshop:w-broken')]);
    const newer = JSON.stringify({ ...bakkedal(), version: 9 });
    storage.setItem('parat-workshop:w-newer', newer);
    expect(openWorkshop(storage, 'w-newer')).toEqual({ kind: 'newer', raw: newer });
  });

  it('opens a workshop read in part with what it changed, the original kept aside before anything is saved', () => {
    const storage = new MemoryStorage();
    const damaged = JSON.stringify({ ...bakkedal(), decisions: { 'cloud-strategy': { answer: 'high' } } });
    storage.setItem('parat-workshop:w-bakkedal', damaged);
    const opened = openWorkshop(storage, 'w-bakkedal');
    expect(opened.kind === 'loaded' && opened.notices).toEqual([
      { code: 'decision-unknown-question', question: 'cloud-strategy' },
    ]);
    expect(opened.kind === 'loaded' && opened.writable).toBe(true);
    expect(keptUnreadable(storage, unreadableWorkshopsKey)).toEqual([damaged]);
  });

  it('takes the participants an earlier Parat kept over as a workshop named after their organisation', () => {
    const storage = new MemoryStorage();
    const list = { version: 1, participants: [{ key: '1', name: 'IT-chef', file: region }] };
    storage.setItem(legacyKey, JSON.stringify(list));
    expect(adoptLegacy(storage, 'w-first', bank.version)).toBe('w-first');
    const opened = openWorkshop(storage, 'w-first');
    expect(opened.kind === 'loaded' && opened.file.name).toBe('Region Østerhavn');
    expect(opened.kind === 'loaded' && opened.file.participants.map((p) => p.name)).toEqual(['IT-chef']);
    expect(storage.getItem(legacyKey)).toBeNull();
    expect(adoptLegacy(storage, 'w-second', bank.version)).toBeUndefined();
  });

  it('keeps a participants list it cannot read aside before taking it away', () => {
    const storage = new MemoryStorage();
    storage.setItem(legacyKey, '{"version": 1, "partic');
    expect(adoptLegacy(storage, 'w-first', bank.version)).toBeUndefined();
    expect(keptUnreadable(storage, unreadableWorkshopsKey)).toEqual(['{"version": 1, "partic']);
    expect(storage.getItem(legacyKey)).toBeNull();
  });
});
