import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { Answers, AreaStanding, AssessmentResult } from '../../../scoring';
import { nationalItems } from '../../format/national-items';
import { standingCountsText } from '../../format/verdict-text';
import { DistributionChart } from './DistributionChart';

/** Each maturity area's national figures behind its standing, closed until asked for, with this answer in each. */
export function NationalDetails({
  answers,
  result,
  areas,
}: {
  answers: Answers;
  result: AssessmentResult;
  areas: readonly AreaStanding[];
}) {
  const { t } = useTranslation();
  const title = (id: string) => t(`bank:sections.${id}.title`);
  return (
    <>
      <h3>{t('results.national.heading')}</h3>
      {areas.map((area) => {
        const items = nationalItems(bank, answers, result, area.sectionId, t).map((item) => {
          const answer = answers[item.id];
          return { ...item, answerText: answer ? t(`bank:options.${answer}`) : t('check.notAnswered') };
        });
        if (items.length === 0) return null;
        return (
          <details key={area.sectionId} className="parat-details">
            <summary>
              {t('results.nationalSummary', { area: title(area.sectionId), counts: standingCountsText(area, t) })}
            </summary>
            <DistributionChart title={title(area.sectionId)} items={items} />
          </details>
        );
      })}
    </>
  );
}
