import type { Incoming } from '../../transfer/incoming';
import { readIncoming } from '../../transfer/incoming';
import { openSavedList, readSavedEntry, type Participant } from '../../../state/saved-participants';
import { derive, type Derived } from '../derived';

/**
 * The intake's work, done in a worker (intake.worker.ts) or, where none starts, on the page between other tasks:
 * files' texts or saved participants checked a batch at a time, each batch small enough to pass back and to show as
 * progress.
 */
export const batchSize = 50;

/** A batch of what was read, and how far the job has come. */
export interface Batch<T> {
  done: number;
  total: number;
  items: T[];
}

/** Answers that arrived for the workshop, named by their file or as the nth link or code. */
export interface Arrival {
  label: string;
  /** The name written beside a pasted link: the participant's name, over who answered. */
  name?: string;
  source: 'file' | 'link';
  incoming: Incoming;
  /** Worked out where the file was read, for files that could be. */
  derived?: Derived;
}

/** A saved participant read back, or null for one that could not be. */
export type Restored = { participant: Participant; derived: Derived } | null;

/** Whether the saved list was this version's, and a newer one's. */
export interface SavedVersion {
  newer: boolean;
  current: boolean;
  /** False when the text held no list at all. */
  list: boolean;
}

export const arrival = (label: string, source: Arrival['source'], incoming: Incoming): Arrival =>
  incoming.ok ? { label, source, incoming, derived: derive(incoming.file) } : { label, source, incoming };

/** A chosen or dropped file: its text, read on the page, or undefined when the browser could not read it. */
export interface ChosenFile {
  name: string;
  size: number;
  text: string | undefined;
}

/** Chosen or dropped files, checked in their order. */
export function* fileBatches(files: readonly ChosenFile[]): Generator<Batch<Arrival>> {
  for (let start = 0; start < files.length; start += batchSize) {
    const items = files.slice(start, start + batchSize).map(({ name, size, text }) => {
      const incoming: Incoming =
        text === undefined ? { ok: false, problem: { code: 'unreadable' } } : readIncoming(text, size);
      return arrival(name, 'file', incoming);
    });
    yield { done: start + items.length, total: files.length, items };
  }
}

/** The participants saved in this browser, read back from the saved text. */
export function* savedBatches(raw: string): Generator<Batch<Restored>, SavedVersion> {
  const { entries, newer, current } = openSavedList(raw);
  const all = entries ?? [];
  for (let start = 0; start < all.length; start += batchSize) {
    const items = all.slice(start, start + batchSize).map((entry): Restored => {
      const participant = readSavedEntry(entry);
      return participant ? { participant, derived: derive(participant.file) } : null;
    });
    yield { done: start + items.length, total: all.length, items };
  }
  return { newer, current, list: entries !== undefined };
}
