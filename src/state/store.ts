import { bank } from '../../questions';
import { answersFormat, type AnswersFile } from '../../questions/answers';
import { clear, load, save, type Loaded } from './storage';

export interface AssessmentState {
  answers: Readonly<Record<string, string>>;
  notes: Readonly<Record<string, string>>;
  /** The organisation's targets per barrier category and maturity area (0-100). */
  targets: Readonly<Record<string, number>>;
  route: string;
  /** 'ok' while every change reaches localStorage; otherwise the work lives only in this tab. */
  storage: 'ok' | 'failed';
  /** Saved data that could not be read at start, kept so the user can download it. */
  unreadable?: string;
}

/** The answers and notes as the `parat-answers` file the app exports and the CLI reads. */
export function toAnswersFile(state: AssessmentState, savedAt: string): AnswersFile {
  const notes = Object.fromEntries(Object.entries(state.notes).filter(([, note]) => note.trim() !== ''));
  const targets = Object.keys(state.targets).length > 0 ? { targets: { ...state.targets } } : {};
  return {
    format: answersFormat,
    bankVersion: bank.version,
    savedAt,
    answers: { ...state.answers },
    notes,
    ...targets,
  };
}

const initialState = (loaded: Loaded): AssessmentState => ({
  answers: loaded.kind === 'loaded' ? loaded.saved.file.answers : {},
  notes: loaded.kind === 'loaded' ? (loaded.saved.file.notes ?? {}) : {},
  targets: loaded.kind === 'loaded' ? (loaded.saved.file.targets ?? {}) : {},
  route: loaded.kind === 'loaded' ? loaded.saved.route : '',
  storage: loaded.kind === 'unavailable' ? 'failed' : 'ok',
  ...(loaded.kind === 'unreadable' ? { unreadable: loaded.raw } : {}),
});

/**
 * The work in progress: read once at start, written to storage on every change, so a reload, a closed tab or
 * a crash loses nothing. When storage fails, the work stays in memory and the UI offers a download.
 */
export function createStore(storage: Storage | undefined, now: () => string = () => new Date().toISOString()) {
  let state = initialState(load(storage));
  const listeners = new Set<() => void>();

  const commit = (next: Omit<AssessmentState, 'storage'> & Partial<Pick<AssessmentState, 'storage'>>) => {
    const file = toAnswersFile({ ...state, ...next }, now());
    const stored = save(storage, { file, route: next.route });
    state = { ...state, ...next, storage: stored ? 'ok' : 'failed' };
    notify();
  };

  const notify = () => listeners.forEach((listener) => listener());

  return {
    getState: () => state,
    /**
     * Another tab saved: take its work, so this tab's next change builds on it instead of silently writing
     * over it.
     */
    reload() {
      const loaded = load(storage);
      if (loaded.kind !== 'loaded') return;
      const { answers, notes = {}, targets = {} } = loaded.saved.file;
      state = { ...state, answers, notes, targets };
      notify();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(id: string, value: string) {
      if (state.answers[id] !== value) commit({ ...state, answers: { ...state.answers, [id]: value } });
    },
    setNote(id: string, note: string) {
      if ((state.notes[id] ?? '') !== note) commit({ ...state, notes: { ...state.notes, [id]: note } });
    },
    setRoute(route: string) {
      if (state.route !== route) commit({ ...state, route });
    },
    /** Sets or, with undefined, removes the target of a barrier category or maturity area. */
    setTarget(sectionId: string, target: number | undefined) {
      const targets = Object.fromEntries(Object.entries(state.targets).filter(([id]) => id !== sectionId));
      commit({ ...state, targets: target === undefined ? targets : { ...targets, [sectionId]: target } });
    },
    /** Replaces every answer, note and target with those of an imported file the user has confirmed. */
    replaceAll(file: AnswersFile) {
      commit({
        ...state,
        answers: { ...file.answers },
        notes: { ...(file.notes ?? {}) },
        targets: { ...(file.targets ?? {}) },
      });
    },
    /** Forgets every answer and note, here and in storage. */
    reset() {
      clear(storage);
      state = { answers: {}, notes: {}, targets: {}, route: '', storage: state.storage };
      notify();
    },
    dismissUnreadable() {
      state = { ...state, unreadable: undefined };
      notify();
    },
    toFile: () => toAnswersFile(state, now()),
  };
}

export type Store = ReturnType<typeof createStore>;
