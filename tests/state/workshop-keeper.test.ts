import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Participant } from '../../src/state/saved-participants';
import { workshopKeeper } from '../../src/state/workshop-keeper';
import { emptyWorkshop, openWorkshop } from '../../src/state/workshops';
import { MemoryStorage } from '../components/render';
import { loadFixture } from '../fixtures';

const participant = (name: string): Participant => ({ key: name, name, file: loadFixture('large-region-rpa') });
const saved = (storage: Storage) => {
  const opened = openWorkshop(storage, 'w-1');
  return opened.kind === 'loaded' ? opened.file : undefined;
};
const start = (writable = true, reading = false) => ({ file: emptyWorkshop('w-1'), writable, reading });

describe('keeping the open workshop in this browser', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves changes in quick succession together, shortly after the last, and at once when the page is left', () => {
    const storage = new MemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const kept: boolean[] = [];
    const keeper = workshopKeeper(
      () => storage,
      start(),
      (k) => kept.push(k),
    );
    for (const name of ['A', 'An', 'Ann', 'Anna']) keeper.change(() => [participant(name)]);
    keeper.update((file) => ({ ...file, name: 'Bakkedal Kommune', decisions: { 'task-volume': { answer: 'low' } } }));
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(saved(storage)?.participants.map((p) => p.name)).toEqual(['Anna']);
    expect(saved(storage)).toMatchObject({ name: 'Bakkedal Kommune', decisions: { 'task-volume': { answer: 'low' } } });
    keeper.change((current) => [...current, participant('Bo')]);
    keeper.flush();
    expect(saved(storage)?.participants.map((p) => p.name)).toEqual(['Anna', 'Bo']);
    expect(kept).toEqual([true, true]);
  });

  it('saves nothing before the stored participants are read back, then puts them before those added meanwhile', () => {
    const storage = new MemoryStorage();
    const keeper = workshopKeeper(
      () => storage,
      start(false, true),
      () => {},
    );
    expect(keeper.change((current) => [...current, participant('Ny')]).participants.map((p) => p.name)).toEqual(['Ny']);
    vi.advanceTimersByTime(1000);
    expect(saved(storage)).toBeUndefined();
    const file = keeper.restored({ participants: [participant('Gemt')], writable: true });
    expect(file.participants.map((p) => p.name)).toEqual(['Gemt', 'Ny']);
    vi.advanceTimersByTime(200);
    expect(saved(storage)?.participants.map((p) => p.name)).toEqual(['Gemt', 'Ny']);
  });

  it('says when the workshop could not be kept, and never saves over data it may not', () => {
    const kept: boolean[] = [];
    workshopKeeper(
      () => new MemoryStorage(true),
      start(),
      (k) => kept.push(k),
    ).change(() => [participant('A')]);
    vi.advanceTimersByTime(200);
    const storage = new MemoryStorage();
    workshopKeeper(
      () => storage,
      start(false),
      (k) => kept.push(k),
    ).change(() => [participant('B')]);
    vi.advanceTimersByTime(200);
    expect(kept).toEqual([false, false]);
    expect(saved(storage)).toBeUndefined();
  });
});
