import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { PeerPack } from '../../questions/peer-pack-schema';
import type { ActionStatus } from '../../questions/plan';
import { sectorOf, type Sector } from '../../questions/sectors';
import {
  answerOf,
  documented,
  verdictOf,
  type AssessmentResult,
  type Comparison,
  type PeerComparison,
  type RecommendationResult,
  type Trend,
  type UnitsComparison,
  type Verdict,
} from '../../scoring';
import { approvalStatus } from '../../questions/documentation';
import { formatDate } from '../format/locale';
import { organisationTitle } from '../format/organisation-title';
import { planRows, type PlanRow } from '../format/plan-text';
import type { ReportWorkshop } from './workshop-input';

/**
 * An approval of the assessment and its plan, in words: who, in what role, when, and with what reservations;
 * `stale` when an answer changed after it was given.
 */
export interface ApprovalText {
  name: string;
  role?: string;
  date?: string;
  reservations?: string;
  stale?: boolean;
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
  workshop?: ReportWorkshop;
  /** The SHA-256 fingerprint of the answers file's content, when the report is of one file. */
  fingerprint?: string;
  approval?: ApprovalText;
  /** How many of the answers with a degree are documented by evidence. */
  evidence?: { documented: number; answered: number };
  /** The unit's assessments over time, when the report is of the latest of them. */
  trend?: Trend;
  /** The organisation's units side by side, when the report is set beside them. */
  units?: UnitsComparison;
  /** Organisations like this one, from a loaded peer pack. */
  peers?: { pack: PeerPack; comparison: PeerComparison };
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

/** The file's approval and evidence as the report words them: nothing of either when the file has none. */
function records(bank: Bank, file: AnswersFile, language: string): Pick<ReportInput, 'approval' | 'evidence'> {
  const { approval, evidence } = file;
  const given = approval?.name
    ? {
        approval: {
          name: approval.name,
          ...(approval.role ? { role: approval.role } : {}),
          ...(approval.date ? { date: formatDate(`${approval.date}T12:00:00Z`, language) ?? approval.date } : {}),
          ...(approval.reservations ? { reservations: approval.reservations } : {}),
          ...(approvalStatus(approval, file.answers) === 'stale' ? { stale: true } : {}),
        },
      }
    : {};
  const documentedAnswers =
    evidence && Object.keys(evidence).length > 0 ? { evidence: documented(bank, file.answers, evidence) } : {};
  return { ...given, ...documentedAnswers };
}

/**
 * The report's input from an assessment: the verdict, the plan in the report's order, and the approval and evidence
 * in words, made once here.
 */
export function reportInput(
  base: Pick<ReportInput, 'bank' | 'file' | 'result' | 't' | 'language' | 'date' | 'appVersion'>,
  extras: Pick<
    ReportInput,
    'comparison' | 'workshop' | 'fingerprint' | 'approval' | 'evidence' | 'trend' | 'units' | 'peers'
  > = {},
): ReportInput {
  const { bank, file, result, t, language } = base;
  return {
    ...base,
    ...records(bank, file, language),
    ...extras,
    verdict: verdictOf(bank, file.answers, result, extras.comparison?.changes),
    // A report on several units is named for the organisation and how many units, not for the unit whose file
    // happens to come first.
    name: extras.units
      ? t('series:units.reportName', {
          name: extras.units.organisation || t('series:unnamed'),
          count: extras.units.units.length,
        })
      : (organisationTitle(file.answers) ?? t('report:unnamed')),
    ...withSector(sectorOf(answerOf(file.answers, 'sector'))),
    actions: reportActions(file, result, t, language),
  };
}

/** The plan action a recommendation was taken into, if it was. */
export const actionOf = (input: ReportInput, recommendation: RecommendationResult) =>
  input.actions.find((a) => a.action.recommendation === recommendation.id);
