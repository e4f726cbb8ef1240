import { describe, expect, it } from 'vitest';
import { adoptWorkshop } from '../../src/state/adopt-workshop';
import { listWorkshops, saveWorkshop, workshopEntryKey } from '../../src/state/workshops';
import { MemoryStorage } from '../components/render';
import { bakkedalWorkshop } from '../fixtures/workshop';

const at = (savedAt: string, extra = {}) => bakkedalWorkshop({ savedAt, ...extra });

describe('a workshop file opened in a browser that holds workshops', () => {
  it('opens the copy here when the file is the same workshop, however its keys are ordered or whatever its id', () => {
    const storage = new MemoryStorage();
    saveWorkshop(storage, at('2026-12-06T12:00:00.000Z'));
    const reordered = JSON.parse(JSON.stringify(at('2026-12-06T13:00:00.000Z', { id: 'w-other' }), null, 0));
    const { facilitator, ...rest } = reordered;
    expect(adoptWorkshop(storage, { facilitator, ...rest }).how).toBe('same');
    expect(listWorkshops(storage).workshops.map((w) => w.id)).toEqual(['w-bakkedal']);
  });

  it('replaces the copy here with a newer file, and keeps the copy here when it changed after the file', () => {
    const storage = new MemoryStorage();
    saveWorkshop(storage, at('2026-12-06T12:00:00.000Z'));
    const newer = at('2026-12-07T09:00:00.000Z', { facilitator: 'Karin Lund' });
    expect(adoptWorkshop(storage, newer)).toMatchObject({ how: 'replaced', file: newer, saved: true });
    const older = at('2026-12-06T08:00:00.000Z', { facilitator: 'Ole' });
    expect(adoptWorkshop(storage, older)).toMatchObject({ how: 'kept', file: { facilitator: 'Karin Lund' } });
    expect(listWorkshops(storage).workshops).toHaveLength(1);
  });

  it('adds a workshop of its own when the one here under the same id cannot be read, and never saves over it', () => {
    const storage = new MemoryStorage();
    storage.setItem(workshopEntryKey('w-bakkedal'), '{not json');
    const adopted = adoptWorkshop(storage, at('2026-12-06T12:00:00.000Z'));
    expect(adopted.how).toBe('added');
    expect(adopted.file.id).not.toBe('w-bakkedal');
    expect(storage.getItem(workshopEntryKey('w-bakkedal'))).toBe('{not json');
  });
});
