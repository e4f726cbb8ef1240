import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { ActionStatus } from '../../questions/plan';
import { sectorOf, type Sector } from '../../questions/sectors';
import {
  answerOf,
  verdictOf,
  type AssessmentResult,
  type Comparison,
  type RecommendationResult,
  type Verdict,
  type WorkshopResult,
} from '../../scoring';
import { planRows, type PlanRow } from '../format/plan-text';

/** An approval of the assessment and its plan, in words: who, in what role, when, and with what reservations. */
export interface ApprovalText {
  name: string;
  role?: string;
  date?: string;
  reservations?: string;
}

/** One plan action as the report numbers it: its place in the report's order, the same in every chapter. */
export type ReportAction = PlanRow & { number: number };

/** Everything a chapter may draw on, made once per report: the chapters are pure functions of it. */
export interface ReportInput {
  bank: Bank;
  file: AnswersFile;
  result: AssessmentResult;
  verdict: Verdict;
  t: TFunction;
  language: string;
  date: string;
  appVersion: string;
  /** The organisation's name as the file gives it, or the words for an unnamed one. */
  name: string;
  /** The organisation's sector, whose own words a recommendation takes where the bank has them. */
  sector?: Sector;
  /** The plan's actions, open ones first (under way, then not started), then done, then dropped; each by deadline. */
  actions: ReportAction[];
  comparison?: { earlier: AnswersFile; changes: Comparison; earlierDate?: string };
  workshop?: WorkshopResult;
  /** The SHA-256 fingerprint of the answers file's content, when the report is of one file. */
  fingerprint?: string;
  approval?: ApprovalText;
  /** How many of the answers with a degree are documented by evidence. */
  evidence?: { documented: number; answered: number };
}

const statusOrder: Record<ActionStatus, number> = { 'in-progress': 0, 'not-started': 1, done: 2, dropped: 3 };

/** Open: neither done nor dropped. */
export const isOpen = (action: ReportAction) =>
  action.action.status === 'in-progress' || action.action.status === 'not-started';

/** The plan in the report's order: by status, then (as planRows orders them) by deadline and title. */
export function reportActions(
  file: AnswersFile,
  result: AssessmentResult,
  t: TFunction,
  language: string,
): ReportAction[] {
  return planRows(file.plan ?? {}, t, language, result.scores, file.targets ?? {})
    .sort((a, b) => statusOrder[a.action.status] - statusOrder[b.action.status])
    .map((row, index) => ({ ...row, number: index + 1 }));
}

const withSector = (sector: Sector | undefined) => (sector ? { sector } : {});

/** The report's input from an assessment: the verdict and the plan in the report's order made once here. */
export function reportInput(
  base: Pick<ReportInput, 'bank' | 'file' | 'result' | 't' | 'language' | 'date' | 'appVersion'>,
  extras: Pick<ReportInput, 'comparison' | 'workshop' | 'fingerprint' | 'approval' | 'evidence'> = {},
): ReportInput {
  const { bank, file, result, t, language } = base;
  return {
    ...base,
    ...extras,
    verdict: verdictOf(bank, file.answers, result, extras.comparison?.changes),
    name: file.answers['organisation-name']?.trim() || t('report:unnamed'),
    ...withSector(sectorOf(answerOf(file.answers, 'sector'))),
    actions: reportActions(file, result, t, language),
  };
}

/** The plan action a recommendation was taken into, if it was. */
export const actionOf = (input: ReportInput, recommendation: RecommendationResult) =>
  input.actions.find((a) => a.action.recommendation === recommendation.id);
