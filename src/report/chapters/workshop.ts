import { answerCounts } from '../../format/answer-counts';
import { decisionText } from '../../format/decision-text';
import { workshopCells, workshopHead, workshopRows } from '../../format/workshop-rows';
import { disputedQuestions } from '../../../scoring';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';
import { polarityText } from '../../format/polarity-text';
import { roleGapsText, rounded } from '../../format/role-text';

/** Who took part, in which roles, and how the group's answers were made; the names only when they are shown. */
function participantsBlocks(input: ReportInput, marked: boolean): Block[] {
  const { t, workshop } = input;
  if (!workshop) return [];
  const { result, roleCounts, withoutRole, names, facilitator } = workshop;
  const roles = [
    ...roleCounts.map((r) => t('meeting:roles.group', { role: r.role, count: r.count })),
    ...(withoutRole > 0 && roleCounts.length > 0 ? [t('meeting:report.withoutRole', { count: withoutRole })] : []),
  ];
  return [
    {
      kind: 'paragraph',
      text: [
        t('meeting:report.participants', { count: result.participants }),
        roles.length > 0 ? `${roles.join(', ')}.` : '',
        facilitator ? t('meeting:report.facilitator', { name: facilitator }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    },
    ...(names
      ? [{ kind: 'bullets', items: names.map((n) => (n.role ? `${n.name} (${n.role})` : n.name)) } as const]
      : []),
    {
      kind: 'paragraph',
      // Only a document with the appendix of all answers refers to it.
      text: [
        t('meeting:report.groupAnswers', { count: result.agreed.length }),
        marked && result.agreed.length > 0 ? t('meeting:report.groupAnswersMarked') : '',
      ]
        .filter(Boolean)
        .join(' '),
    },
  ];
}

/** The group per role, where a role has three participants or more, and where the roles lie far apart. */
function rolesBlocks(input: ReportInput): Block[] {
  const { t, workshop } = input;
  if (!workshop || workshop.roles.groups.length === 0) return [];
  const { roles, result } = workshop;
  return [
    { kind: 'heading', text: t('meeting:roles.heading') },
    {
      kind: 'table',
      table: {
        head: [
          t('app:results.table.area'),
          ...roles.groups.map((g) => t('meeting:roles.group', { role: g.role, count: g.participants })),
        ],
        body: result.sections
          .filter((s) => s.scored > 0)
          .map((s) => [
            `${t(`bank:sections.${s.sectionId}.title`)} (${polarityText(s.kind, t)})`,
            ...roles.groups.map((g) => rounded(g.scores.find((x) => x.sectionId === s.sectionId)?.value)),
          ]),
      },
    },
    ...(roles.groups.length > 1
      ? [
          {
            kind: 'paragraph',
            text: roleGapsText(roles, t),
          } as const,
        ]
      : []),
  ];
}

/**
 * The workshop: who took part and how the group's answers were made, the spread per area, and the roles. `marked`:
 * the document has the appendix that marks each answer agreed or median.
 */
export function workshopChapter(input: ReportInput, { marked }: { marked: boolean }): Chapter | undefined {
  const { workshop, t } = input;
  if (!workshop) return undefined;
  return {
    title: t('meeting:report.workshopHeading'),
    newPage: true,
    blocks: [
      ...participantsBlocks(input, marked),
      { kind: 'heading', text: t('meeting:report.spreadHeading') },
      { kind: 'paragraph', text: t('workshop:sectionsLead') },
      {
        kind: 'table',
        table: {
          head: workshopHead(t),
          // Each area says which way is better: a barrier's 67 and a maturity area's 67 mean opposite things.
          body: workshopRows(workshop.result, t).map((row) => {
            const [area = '', ...figures] = workshopCells(row);
            const kind =
              workshop.result.sections.find((s) => s.sectionId === row.sectionId)?.kind ?? 'barrier-category';
            return [`${area} (${polarityText(kind, t)})`, ...figures];
          }),
        },
      },
      ...rolesBlocks(input),
    ],
  };
}

/**
 * The disputed questions, most disputed first, and any other the group decided on: each with how the participants
 * answered and what stands for the group, the agreed answer or the median, with the note from the discussion.
 */
export function disputesChapter(input: ReportInput): Chapter | undefined {
  const { workshop, t, bank } = input;
  if (!workshop) return undefined;
  const { result } = workshop;
  const disputed = disputedQuestions(bank, result);
  const decided = result.questions
    .map((q) => q.questionId)
    .filter((id) => result.decisions[id] && !disputed.includes(id));
  const listed = [...disputed, ...decided];
  const sectionOf = new Map(result.questions.map((q) => [q.questionId, q.sectionId]));
  return {
    title: t('meeting:report.disputesHeading'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('meeting:report.disputesLead') },
      listed.length === 0
        ? { kind: 'paragraph', text: t('meeting:decisions.noDisputes') }
        : {
            kind: 'table',
            table: {
              head: [t('meeting:report.question'), t('meeting:report.answers'), t('meeting:report.outcome')],
              body: listed.map((id) => [
                `${t(`questions:${id}.text`)}\n${t(`bank:sections.${sectionOf.get(id) ?? ''}.title`)}`,
                answerCounts(result.questions.find((q) => q.questionId === id)?.counts ?? {}, t, '\n'),
                decisionText(result, id, t),
              ]),
              widths: [50, 22, 28],
              titleColumn: 0,
            },
          },
    ],
  };
}
