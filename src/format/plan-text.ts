import type { TFunction } from 'i18next';
import { byDeadline, type Plan, type PlanAction, type PlanNotice } from '../../questions/plan';
import type { SectionScore } from '../../scoring';
import { formatDate } from './locale';
import { scoreFigure } from './score-text';

/** One action in words, as the page, the PDF, the spreadsheet and the Word document all show it. */
export interface PlanRow {
  id: string;
  action: PlanAction;
  title: string;
  responsible: string;
  deadline: string;
  status: string;
  /** The recommendation it comes from, or that it is the organisation's own. */
  from: string;
  /** The areas it is meant to improve, each with today's score and the organisation's target. */
  areas: string;
  note: string;
}

/** The plan's actions in order (by deadline, then title), each worded once for every output. */
export function planRows(
  plan: Readonly<Plan>,
  t: TFunction,
  language: string,
  scores: readonly SectionScore[],
  targets: Readonly<Record<string, number>>,
): PlanRow[] {
  return Object.entries(plan)
    .sort(byDeadline)
    .map(([id, action]) => ({
      id,
      action,
      title: action.title.trim() || t('plan:untitled'),
      responsible: action.responsible ?? '',
      deadline: action.deadline ? (formatDate(`${action.deadline}T12:00:00Z`, language) ?? action.deadline) : '',
      status:
        action.status === 'dropped' && action.reason
          ? t('plan:droppedBecause', { reason: action.reason })
          : t(`plan:status.${action.status}`),
      from: action.recommendation
        ? t('plan:fromRecommendation', { title: t(`recommendations:${action.recommendation}.title`) })
        : t('plan:ownAction'),
      areas: action.areas
        .map((sectionId) => {
          const area = t(`bank:sections.${sectionId}.title`);
          const score = scoreFigure(t, scores.find((s) => s.sectionId === sectionId)?.value ?? null);
          const target = targets[sectionId];
          return target === undefined
            ? t('plan:area', { area, score })
            : t('plan:areaWithTarget', { area, score, target });
        })
        .join('; '),
      note: action.note ?? '',
    }));
}

/** What reading a file's plan changed, in a sentence naming the action by its title (or its id when it has none). */
export function planNoticeText(notice: PlanNotice, plan: Readonly<Plan>, t: TFunction): string {
  const { code, ...details } = notice;
  return t(`plan:notices.${code}`, { ...details, action: plan[notice.action]?.title.trim() || notice.action });
}
