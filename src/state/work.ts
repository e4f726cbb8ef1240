import type { Approval } from '../../questions/approval';
import type { Evidence } from '../../questions/evidence';
import type { Plan } from '../../questions/plan';
import { bank } from '../../questions';
import { answersFormat, type AnswersFile } from '../../questions/answers';
import type { Saved } from './merge';

/** The work as the page shows it: the file's fields, each empty rather than missing, and the step the user was on. */
export interface Work {
  answers: Readonly<Record<string, string>>;
  notes: Readonly<Record<string, string>>;
  /** The organisation's targets per barrier category and maturity area (0-100). */
  targets: Readonly<Record<string, number>>;
  /** The organisation's action plan, by action id. */
  plan: Readonly<Plan>;
  /** Who approved the assessment and plan; each field saved as it is typed. */
  approval: Readonly<Approval>;
  /** The references that document each answer, by question id. */
  evidence: Readonly<Evidence>;
  route: string;
}

/** The answers and notes as the `parat-answers` file the app exports and the CLI reads. */
export function toAnswersFile(state: Omit<Work, 'route'>, savedAt: string) {
  const notes = Object.fromEntries(Object.entries(state.notes).filter(([, note]) => note.trim() !== ''));
  // A field left empty is no field: the file holds only what was entered.
  const filled = <K extends 'targets' | 'plan' | 'approval' | 'evidence'>(key: K) =>
    Object.keys(state[key]).length > 0 ? { [key]: { ...state[key] } } : {};
  const file: AnswersFile = {
    format: answersFormat,
    bankVersion: bank.version,
    savedAt,
    answers: { ...state.answers },
    notes,
    ...filled('targets'),
    ...filled('plan'),
    ...filled('approval'),
    ...filled('evidence'),
  };
  return file;
}

export const emptySaved = (): Saved => ({
  file: { format: answersFormat, bankVersion: bank.version, answers: {} },
  route: '',
  stamps: {},
});

export function fromSaved(saved: Saved): Work {
  return {
    answers: saved.file.answers,
    notes: saved.file.notes ?? {},
    targets: saved.file.targets ?? {},
    plan: saved.file.plan ?? {},
    approval: saved.file.approval ?? {},
    evidence: saved.file.evidence ?? {},
    route: saved.route,
  };
}
