import { useTranslation } from 'react-i18next';
import { nationalContextOf } from '../../../questions/national-context';
import type { SectionScore } from '../../../scoring';
import { NationalContext } from '../../components/NationalContext';
import { scoreText } from '../../format/score-text';

/**
 * Each answered category's pressure beside the IT i praksis figures on the same subject ("is this just us?"), in
 * one disclosure under the barrier charts, so the page is no longer for those who do not open it.
 */
export function BarrierContext({ scores }: { scores: SectionScore[] }) {
  const { t } = useTranslation();
  const withFigures = scores.filter((s) => s.shown > 0 && nationalContextOf(s.sectionId).length > 0);
  if (withFigures.length === 0) return null;
  return (
    <details className="parat-details parat-national">
      <summary>{t('national:step.summary')}</summary>
      <p>{t('national:results.lead')}</p>
      {withFigures.map((score) => (
        <section key={score.sectionId} aria-labelledby={`national-${score.sectionId}`}>
          <h3 id={`national-${score.sectionId}`} className="h4">
            {t('national:results.pressure', {
              category: t(`bank:sections.${score.sectionId}.title`),
              score: scoreText(t, score),
            })}
          </h3>
          <NationalContext figures={nationalContextOf(score.sectionId)} level={4} />
        </section>
      ))}
    </details>
  );
}
