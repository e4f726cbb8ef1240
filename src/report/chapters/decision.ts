import { firstSteps, type RecommendationResult } from '../../../scoring';
import type { Block, Chapter, TableModel } from '../blocks';
import { actionOf, isOpen, type ReportInput } from '../input';
import { keyMessages } from './key-messages';
import { actionRow, actionsHead } from './plan';
import { recommendationTitle } from './recommendations';

/**
 * Where the document describes a recommendation, by its rank (0 first): the title of the chapter that holds it. The
 * decision page refers only to chapters the document has.
 */
export type DescribedIn = (rank: number) => string;

/** "A", "A og B", "A, B og C". */
const andList = (input: ReportInput, items: string[]) =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')}${input.t('app:verdict.and')}${items.at(-1) ?? ''}`;

/** A sentence naming the chapters that describe the given recommendations, quoted as the language quotes. */
function describedInText(input: ReportInput, ranks: number[], describedIn: DescribedIn): string | undefined {
  const { t } = input;
  const chapters = [...new Set(ranks.map(describedIn))];
  if (chapters.length === 0) return undefined;
  const list = andList(
    input,
    chapters.map((title) => t('report:decision.quoted', { title })),
  );
  return t('report:decision.describedIn', { count: chapters.length, list });
}

/** What management is asked to decide, worded from the plan: or, without one, from the first steps. */
function proposals(input: ReportInput, others: RecommendationResult[]): string[] {
  const { t, actions } = input;
  const open = actions.filter(isOpen);
  const next = t('report:decision.nextAssessment');
  if (open.length > 0) {
    const noOwner = open.filter((a) => !a.responsible).length;
    const noDeadline = open.filter((a) => !a.action.deadline).length;
    return [
      t('report:decision.approvePlan', { count: open.length }),
      noOwner > 0 ? t('report:decision.nameOwners', { count: noOwner }) : t('report:decision.confirmOwners'),
      ...(noDeadline > 0 ? [t('report:decision.setDeadlines', { count: noDeadline })] : []),
      ...(others.length > 0 ? [t('report:decision.considerOthers', { count: others.length })] : []),
      next,
    ];
  }
  if (actions.length > 0) {
    return [
      t('report:decision.closedPlan', { count: actions.length }),
      ...(others.length > 0 ? [t('report:decision.considerOthers', { count: others.length })] : []),
      next,
    ];
  }
  if (input.result.recommendations.length === 0) return [t('report:decision.noted'), next];
  return [t('report:decision.approveFirst'), t('report:decision.namePeople'), next];
}

/** The open actions with who, by when and where they stand; the numbers are the plan chapter's. */
function openActions(input: ReportInput, describedIn: DescribedIn): Block[] {
  const { t, actions, result } = input;
  const open = actions.filter(isOpen);
  const table: TableModel = {
    head: actionsHead(t),
    body: open.map((a) => actionRow(t, a, a.title)),
  };
  const ranks = open.flatMap((a) => {
    const rank = result.recommendations.findIndex((r) => r.id === a.action.recommendation);
    return rank < 0 ? [] : [rank];
  });
  const lead = [
    t('report:decision.openLead', { plan: t('plan:report.heading') }),
    describedInText(input, ranks, describedIn),
  ];
  return [
    { kind: 'heading', text: t('report:decision.openHeading') },
    { kind: 'paragraph', text: lead.filter(Boolean).join(' '), style: 'muted' },
    open.length > 0
      ? { kind: 'table', table }
      : { kind: 'paragraph', text: t('report:decision.noneOpen', { count: actions.length }) },
  ];
}

/** Without a plan: the first steps, with the responsible and the deadline left blank to fill in. */
function firstStepsToFill(input: ReportInput, describedIn: DescribedIn): Block[] {
  const { t, result } = input;
  const steps = result.recommendations.slice(0, firstSteps);
  if (steps.length === 0) return [];
  const lead = [
    t('report:actionsLead'),
    describedInText(
      input,
      steps.map((_, rank) => rank),
      describedIn,
    ),
  ];
  return [
    { kind: 'heading', text: t('report:actionsHeading') },
    { kind: 'paragraph', text: lead.filter(Boolean).join(' '), style: 'muted' },
    {
      kind: 'table',
      table: {
        head: (['number', 'action', 'responsible', 'deadline'] as const).map((k) => t(`report:actionsTable.${k}`)),
        body: steps.map((r, index) => [String(index + 1), recommendationTitle(input, r), '', '']),
        // Blank columns keep room to write in by hand.
        widths: [8, 52, 22, 18],
      },
    },
  ];
}

/** Who approved the assessment and its plan, when given: nothing at all otherwise. */
function approvalBlocks(input: ReportInput): Block[] {
  const { t, approval } = input;
  if (!approval?.name.trim()) return [];
  const who = [approval.name.trim(), approval.role?.trim()].filter(Boolean).join(', ');
  return [
    { kind: 'heading', text: t('report:decision.approvalHeading') },
    {
      kind: 'paragraph',
      text: approval.date
        ? t('report:decision.approvedOn', { who, date: approval.date })
        : t('report:decision.approvedBy', { who }),
    },
    {
      kind: 'paragraph',
      text: approval.reservations?.trim()
        ? t('report:decision.reservations', { reservations: approval.reservations.trim() })
        : t('report:decision.noReservations'),
    },
    ...(approval.stale
      ? [{ kind: 'paragraph', text: t('report:decision.approvalStale'), style: 'strong' } as const]
      : []),
  ];
}

/**
 * Page 2, the decision page: the key messages, the Indstilling (what management is asked to decide), the approval
 * when there is one, and the plan's open actions (or, without a plan, the first steps to fill in), with the first
 * recommendations not yet in the plan listed apart.
 */
export function decisionChapter(input: ReportInput, describedIn: DescribedIn): Chapter {
  const { t, actions, result } = input;
  const ranked = result.recommendations.slice(0, firstSteps);
  const others = actions.length > 0 ? ranked.filter((r) => !actionOf(input, r)) : [];
  const otherRanks = others.map((r) => ranked.indexOf(r));
  return {
    title: t('report:headings.summary'),
    newPage: true,
    blocks: [
      { kind: 'heading', text: t('report:decision.messagesHeading') },
      { kind: 'bullets', items: keyMessages(input), style: 'strong' },
      { kind: 'heading', text: t('report:decision.proposalHeading') },
      { kind: 'paragraph', text: t('report:decision.proposalLead') },
      { kind: 'bullets', items: proposals(input, others) },
      ...approvalBlocks(input),
      ...(actions.length > 0 ? openActions(input, describedIn) : firstStepsToFill(input, describedIn)),
      ...(others.length > 0
        ? [
            { kind: 'heading', text: t('report:decision.othersHeading') } as const,
            { kind: 'bullets', items: others.map((r) => recommendationTitle(input, r)) } as const,
            { kind: 'paragraph', text: describedInText(input, otherRanks, describedIn) ?? '', style: 'muted' } as const,
          ]
        : []),
    ],
  };
}
