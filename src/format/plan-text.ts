import type { TFunction } from 'i18next';
import { byDeadline, type Plan, type PlanAction, type PlanNotice } from '../../questions/plan';
import type { ActionProgress, SectionScore } from '../../scoring';
import { changeText } from './change-text';
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
          const section = scores.find((s) => s.sectionId === sectionId);
          const score = scoreFigure(t, section?.value ?? null);
          // Said with each score, since higher is worse for a barrier's pressure and better for maturity.
          const measure = section?.kind === 'maturity-area' ? t('plan:measure.maturity') : t('plan:measure.pressure');
          const target = targets[sectionId];
          return target === undefined
            ? t('plan:area', { area, measure, score })
            : t('plan:areaWithTarget', { area, measure, score, target });
        })
        .join('; '),
      note: action.note ?? '',
    }));
}

/** What reading a file's plan changed, in a sentence naming the action by its title (or its id when it has none). */
export function planNoticeText(notice: PlanNotice, plan: Readonly<Plan>, t: TFunction): string {
  const { code, ...details } = notice;
  const field = 'field' in notice ? { field: t(`plan:fields.${notice.field}`) } : {};
  return t(`plan:notices.${code}`, {
    ...details,
    ...field,
    action: plan[notice.action]?.title.trim() || notice.action,
  });
}

/**
 * Progress on an earlier plan in words, for the page and the PDF: per action its status now and its areas' scores
 * then and now, and a line saying how many are done. `style` as for changeText: arrows on the page, signs in the PDF.
 */
export function progressText(progress: readonly ActionProgress[], t: TFunction, style: 'arrow' | 'sign') {
  return {
    heading: t('plan:progress.heading'),
    lead: t('plan:progress.lead'),
    done: t('plan:progress.done', {
      done: progress.filter((p) => p.status === 'done').length,
      total: progress.length,
    }),
    table: {
      head: [t('plan:progress.action'), t('plan:progress.status'), t('plan:progress.areas')],
      body: progress.map((p) => {
        const status = t(`plan:status.${p.status}`);
        return [
          p.title.trim() || t('plan:untitled'),
          p.stillPlanned ? status : t('plan:progress.notPlanned', { status }),
          p.areas.length === 0
            ? t('plan:progress.noAreas')
            : p.areas
                .map((area) =>
                  t('plan:progress.area', {
                    area: t(`bank:sections.${area.sectionId}.title`),
                    before: scoreFigure(t, area.before),
                    after: scoreFigure(t, area.after),
                    change: changeText(area, t, style),
                  }),
                )
                .join('; '),
        ];
      }),
    },
  };
}
