import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { participantsKeeper, savedParticipantsText } from '../../src/state/workshop-participants';
import type { Participant } from '../../src/state/saved-participants';
import { MemoryStorage } from '../components/render';
import { loadFixture } from '../fixtures';

const participant = (name: string): Participant => ({ key: name, name, file: loadFixture('large-region-rpa') });
const savedNames = (storage: Storage) =>
  (
    JSON.parse(savedParticipantsText(storage) ?? '{"participants":[]}') as { participants: Participant[] }
  ).participants.map((p) => p.name);

describe('keeping the workshop’s participants in this browser', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves changes in quick succession together, shortly after the last, and at once when the page is left', () => {
    const storage = new MemoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const kept: boolean[] = [];
    const keeper = participantsKeeper(
      () => storage,
      { participants: [], writable: true, reading: false },
      (k) => kept.push(k),
    );
    for (const name of ['A', 'An', 'Ann', 'Anna']) keeper.change(() => [participant(name)]);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(savedNames(storage)).toEqual(['Anna']);
    keeper.change((current) => [...current, participant('Bo')]);
    keeper.flush();
    expect(savedNames(storage)).toEqual(['Anna', 'Bo']);
    keeper.flush();
    vi.advanceTimersByTime(1000);
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(kept).toEqual([true, true]);
  });

  it('saves nothing before the saved participants are read back, then puts them before those added meanwhile', () => {
    const storage = new MemoryStorage();
    const keeper = participantsKeeper(
      () => storage,
      { participants: [], writable: false, reading: true },
      () => {},
    );
    expect(keeper.change((current) => [...current, participant('Ny')]).map((p) => p.name)).toEqual(['Ny']);
    vi.advanceTimersByTime(1000);
    expect(savedParticipantsText(storage)).toBeUndefined();
    const all = keeper.restored({ participants: [participant('Gemt')], writable: true });
    expect(all.map((p) => p.name)).toEqual(['Gemt', 'Ny']);
    expect(keeper.participants()).toBe(all);
    vi.advanceTimersByTime(200);
    expect(savedNames(storage)).toEqual(['Gemt', 'Ny']);
  });

  it('says when the participants could not be kept, and never saves over data it may not', () => {
    const full = new MemoryStorage(true);
    const kept: boolean[] = [];
    const keeper = participantsKeeper(
      () => full,
      { participants: [], writable: true, reading: false },
      (k) => kept.push(k),
    );
    keeper.change(() => [participant('A')]);
    vi.advanceTimersByTime(200);
    const storage = new MemoryStorage();
    const newer = participantsKeeper(
      () => storage,
      { participants: [], writable: false, reading: false },
      (k) => kept.push(k),
    );
    newer.change(() => [participant('B')]);
    vi.advanceTimersByTime(200);
    expect(kept).toEqual([false, false]);
    expect(savedParticipantsText(storage)).toBeUndefined();
  });
});
