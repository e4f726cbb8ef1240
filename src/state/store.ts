import type { AnswersFile } from '../../questions/answers';
import type { Mirror } from './durable';
import type { PlanAction } from '../../questions/plan';
import type { ApprovalField } from '../../questions/approval';
import type { EvidenceRef } from '../../questions/evidence';
import { entriesOf, mergeSaved, sameWork, savedFields, withChange, type Saved, type Value } from './merge';
import { emptySaved, fromSaved, toAnswersFile, type Work } from './work';
import type { Salvage } from './salvage';
import {
  discardUnreadable,
  keepUnreadable,
  keptUnreadable,
  load,
  readSaved,
  save,
  savedText,
  type Loaded,
} from './storage';

/** Saved data found at start that this version could not take over, kept for the user to download. */
export interface Recovered {
  /** `unreadable`: broken or of an older form, moved aside; `newer`: saved by a newer Parat and left untouched. */
  kind: 'unreadable' | 'newer';
  raw: string;
  /** The answers inside it that could still be read, as a file the import accepts. */
  salvage?: Salvage;
}

export interface AssessmentState extends Work {
  /**
   * 'ok' while every change reaches localStorage; 'failed' when the browser refuses it, and 'newer' when a newer
   * Parat's data must not be overwritten: then the work lives only in this tab and is offered as a file.
   */
  storage: 'ok' | 'failed' | 'newer';
  recovered?: Recovered;
}

const savedOf = (loaded: Loaded | undefined): Saved | undefined =>
  loaded?.kind === 'loaded' ? loaded.saved : undefined;

export interface StoreOptions {
  /** The save time written into the file. */
  now?: () => string;
  /** Milliseconds, to stamp each change (tests pass their own). */
  clock?: () => number;
  /** The IndexedDB copy, and the text it held at start. */
  mirror?: Mirror;
  mirrored?: string;
}

/**
 * The work in progress: read at start from localStorage and its durable copy, and on every change merged, entry by
 * entry, onto what storage holds at that moment, so a reload, a crash or a second tab loses nothing. Saved data that
 * cannot be read is moved aside before anything is written, and a newer Parat's data is never overwritten.
 */
export function createStore(storage: Storage | undefined, options: StoreOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const clock = options.clock ?? Date.now;
  const loaded = load(storage);
  const mirrored = options.mirrored === undefined ? undefined : readSaved(options.mirrored);

  // What was found and could not be taken over is kept aside first; if the browser will not keep the copy, the
  // original stays where it is and this tab writes nothing over it. A newer Parat's data is left as it is.
  let recovered: Recovered | undefined;
  let writable = loaded.kind !== 'unavailable' && loaded.kind !== 'newer';
  const recover = (found: Loaded): boolean => {
    if ((found.kind !== 'unreadable' && found.kind !== 'newer') || found.raw === recovered?.raw) return false;
    recovered = { kind: found.kind, raw: found.raw, ...(found.salvage ? { salvage: found.salvage } : {}) };
    if (found.kind === 'unreadable') writable = keepUnreadable(storage, found.raw);
    return true;
  };
  if (!recover(loaded)) {
    // Kept aside at an earlier visit and not yet downloaded or deleted: still offered.
    const kept = keptUnreadable(storage);
    const last = kept.at(-1);
    if (last !== undefined) {
      const found = readSaved(last);
      const salvage = found.kind === 'loaded' ? undefined : found.salvage;
      recovered = { kind: 'unreadable', raw: kept.join('\n\n'), ...(salvage ? { salvage } : {}) };
    }
  }

  let saved = [savedOf(loaded), savedOf(mirrored)].reduce<Saved>(
    (work, other) => (other ? mergeSaved(work, other) : work),
    emptySaved(),
  );
  let state: AssessmentState = {
    ...fromSaved(saved),
    storage: loaded.kind === 'newer' ? 'newer' : writable ? 'ok' : 'failed',
    ...(recovered ? { recovered } : {}),
  };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const write = (work: Saved) => {
    if (state.storage === 'newer' || !writable) return false;
    options.mirror?.write(savedText(work));
    return save(storage, work);
  };

  /**
   * What storage holds now. Data that appears there while the app runs and cannot be read (another tab's older or
   * newer Parat, a hand edit) gets the same care as at start: moved aside, or, if newer, never written over.
   */
  const current = (): Loaded => {
    const found = load(storage);
    if (recover(found))
      state = { ...state, recovered, ...(found.kind === 'newer' ? { storage: 'newer' as const } : {}) };
    return found;
  };

  /** The storage status after a save: a newer Parat's data stays 'newer' whatever happened. */
  const storageAfter = (stored: boolean): AssessmentState['storage'] =>
    state.storage === 'newer' ? 'newer' : stored ? 'ok' : 'failed';

  /** A stamp later than every change seen so far, so this tab's change wins over what it has seen. */
  const nextStamp = () => Math.max(clock(), ...Object.values(saved.stamps).map((s) => s + 1));

  /**
   * Applies this tab's change on top of what storage holds now, and saves the result. The file's `savedAt` is when
   * the assessment was last answered: a change of content dates it now, an imported file keeps its own date (passed
   * as `answeredAt`), and moving between pages leaves it as it is.
   */
  const change = (entries: Record<string, Value>, answeredAt?: string) => {
    const stamp = nextStamp();
    const content = Object.keys(entries).some((key) => key !== 'route');
    const dated = content ? (answeredAt ?? now()) : saved.file.savedAt;
    let mine: Saved = { ...saved, file: { ...saved.file, ...(dated ? { savedAt: dated } : {}) } };
    for (const [key, value] of Object.entries(entries)) {
      const [field = '', id = ''] = key.split(/\/(.*)/s);
      mine = isSavedField(field)
        ? withChange(mine, field, id, value, stamp)
        : { ...mine, route: String(value ?? ''), stamps: { ...mine.stamps, route: stamp } };
    }
    saved = merge(mine, savedOf(current()));
    // A merge keeps the later of two dates; an import of an older assessment replaced everything, so its date holds.
    if (content && dated) saved = { ...saved, file: { ...saved.file, savedAt: dated } };
    state = { ...state, ...fromSaved(saved), storage: storageAfter(write(saved)) };
    notify();
  };

  return {
    getState: () => state,
    /**
     * Another tab saved: merge its work into this tab's, and write back what it lacked (a change this tab made at
     * the same moment), so neither tab's change is lost.
     */
    reload() {
      const theirs = savedOf(current());
      if (!theirs || state.storage === 'newer') return;
      saved = mergeSaved(saved, theirs);
      if (!sameWork(saved, theirs)) write(saved);
      state = { ...state, ...fromSaved(saved) };
      notify();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(id: string, value: string) {
      if (state.answers[id] !== value) change({ [`answers/${id}`]: value });
    },
    setNote(id: string, note: string) {
      if ((state.notes[id] ?? '') !== note) change({ [`notes/${id}`]: note === '' ? undefined : note });
    },
    setRoute(route: string) {
      if (state.route !== route) change({ route });
    },
    /** Sets or, with undefined, removes the target of a barrier category or maturity area. */
    setTarget(sectionId: string, target: number | undefined) {
      change({ [`targets/${sectionId}`]: target });
    },
    /** Adds, changes or, with undefined, removes one action of the plan. */
    setAction(id: string, action: PlanAction | undefined) {
      change({ [`plan/${id}`]: action });
    },
    /**
     * Sets or, with an empty text, removes one field of the approval, which is then given for the answers whose hash
     * (answersHash) the caller passes, the answers it shows: a later change to an answer marks the approval as
     * given before that change. The page computes the hash, so the first load need not carry it.
     */
    setApproval(field: Exclude<ApprovalField, 'answersHash'>, value: string, answers: string) {
      if ((state.approval[field] ?? '') === value) return;
      change({ [`approval/${field}`]: value.trim() === '' ? undefined : value, 'approval/answersHash': answers });
    },
    /** Sets or, with an empty list, removes the references that document one answer. */
    setEvidence(questionId: string, refs: EvidenceRef[]) {
      change({ [`evidence/${questionId}`]: refs.length > 0 ? refs : undefined });
    },
    /** Replaces all the work with that of an imported file the user has confirmed. */
    replaceAll(file: AnswersFile) {
      const entries: Record<string, Value> = {};
      for (const field of savedFields) {
        const theirs = entriesOf(file, field);
        for (const id of Object.keys({ ...entriesOf(saved.file, field), ...theirs })) {
          entries[`${field}/${id}`] = theirs[id];
        }
      }
      change(entries, file.savedAt && !Number.isNaN(Date.parse(file.savedAt)) ? file.savedAt : undefined);
    },
    /** Forgets all the work, here, in storage and in every other open tab. */
    reset() {
      // Like every other save, it first takes care of data it must not write over.
      current();
      saved = { ...emptySaved(), stamps: { reset: nextStamp() } };
      state = { ...state, ...fromSaved(saved), storage: storageAfter(write(saved)) };
      notify();
    },
    /** The user has downloaded what was recovered, or chosen to discard it. */
    dismissRecovered() {
      if (state.recovered?.kind === 'unreadable' && writable) discardUnreadable(storage);
      state = { ...state, recovered: undefined };
      notify();
    },
    toFile: () => toAnswersFile(state, now()),
    /** The work as a finished assessment: dated when it was last answered (or imported), not when it is kept. */
    toAssessmentFile: () => toAnswersFile(state, saved.file.savedAt ?? now()),
  };
}

const isSavedField = (field: string): field is (typeof savedFields)[number] =>
  (savedFields as readonly string[]).includes(field);

function merge(mine: Saved, theirs: Saved | undefined): Saved {
  return theirs ? mergeSaved(theirs, mine) : mine;
}

export type Store = ReturnType<typeof createStore>;
