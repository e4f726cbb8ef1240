import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank, isShown } from '../../../questions';
import { assess, nationalFigure, targetGaps } from '../../../scoring';
import { href } from '../../routing';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import { useAssessment } from '../../state/context';
import { BarChart } from './BarChart';
import type { Incoming } from '../transfer/incoming';
import { ComparePanel } from './ComparePanel';
import { TargetsPanel } from './TargetsPanel';
import { DistributionChart } from './DistributionChart';
import { CsvButtons } from '../transfer/CsvButtons';
import { ShareLinkDialog } from '../transfer/ShareLinkDialog';
import { DownloadPdfButton } from './DownloadPdfButton';
import { RecommendationList } from './RecommendationList';
import { ScoreDetails } from './ScoreDetails';
import { summarySentences } from './summary';
import { PageHeading } from '../../components/PageHeading';

/** Where the organisation stands: summary in words, charts with tables, recommendations, and the details. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { answers, targets } = useAssessment();
  const result = useMemo(() => assess(bank, answers), [answers]);
  // An earlier assessment to compare with: shown on the page and carried into the PDF.
  const [earlier, setEarlier] = useState<Incoming>();
  const gaps = useMemo(() => targetGaps(result.scores, targets), [result, targets]);
  // Printed results show every detail: a closed <details> prints only its summary.
  useEffect(() => {
    const openAll = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  const name = answers['organisation-name']?.trim();
  const title = (id: string) => t(`bank:sections.${id}.title`);
  const byKind = (kind: string) => result.scores.filter((s) => s.kind === kind && s.shown > 0);
  const chartData = (kind: string) =>
    byKind(kind).map((s) => ({
      id: s.sectionId,
      label: title(s.sectionId),
      value: s.value,
      valueText: s.value === null ? t('results.noScore') : String(Math.round(s.value)),
      detail: t('results.basis', { ...s }),
    }));
  const summary = summarySentences(result, t);
  const technologies = byKind('technology');
  const benchmarkSections = bank.sections.filter((s) => s.questions.some((q) => q.type === 'scale' && q.benchmark));

  if (result.basis.answered === 0 && result.basis.dontKnow === 0) {
    return (
      <>
        <PageHeading>{t('results.heading')}</PageHeading>
        <p>{t('results.notAnswered')}</p>
        <a className="button button-primary" href={href({ page: 'start' })}>
          {t('results.toQuestionnaire')}
        </a>
      </>
    );
  }

  return (
    <>
      <PageHeading>{name ? t('results.headingNamed', { name }) : t('results.heading')}</PageHeading>

      <section aria-labelledby="summary-heading" className="parat-summary">
        <h2 id="summary-heading">{t('results.summaryHeading')}</h2>
        {summary.caution && (
          <p>
            <strong>{summary.caution}</strong>
          </p>
        )}
        <p>{summary.barriers}</p>
        <p>{summary.maturity}</p>
        <p>{summary.recommendations}</p>
        {summary.basis && (
          <p>
            {summary.basis} <a href={href({ page: 'check' })}>{t('results.summary.toCheck')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="barriers-heading">
        <h2 id="barriers-heading">{t('results.barriersHeading')}</h2>
        <BarChart
          title={t('results.barrierChart.title')}
          description={t('results.barrierChart.description')}
          valueHeading={t('results.table.pressure')}
          data={chartData('barrier-category')}
        />
        {technologies.length > 0 && (
          <BarChart
            title={t('results.technologyChart.title')}
            description={t('results.technologyChart.description')}
            valueHeading={t('results.table.pressure')}
            data={chartData('technology')}
          />
        )}
      </section>

      <section aria-labelledby="maturity-heading">
        <h2 id="maturity-heading">{t('results.maturityHeading')}</h2>
        <BarChart
          title={t('results.maturityChart.title')}
          description={t('results.maturityChart.description')}
          valueHeading={t('results.table.maturity')}
          data={chartData('maturity-area')}
        />
        <h3>{t('results.national.heading')}</h3>
        {benchmarkSections.map((section) => (
          <DistributionChart
            key={section.id}
            title={title(section.id)}
            items={section.questions.flatMap((q) => {
              if (q.type !== 'scale' || !q.benchmark || !isShown(q, answers)) return [];
              const position = result.benchmarks.find((b) => b.questionId === q.id);
              const answer = answers[q.id];
              return [
                {
                  id: q.id,
                  label: t(`questions:${q.id}.short`),
                  national: nationalFigure(q.benchmark),
                  answerText: answer ? t(`bank:options.${answer}`) : t('check.notAnswered'),
                  segment: position?.segment,
                },
              ];
            })}
          />
        ))}
      </section>

      <section aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('results.recommendationsHeading')}</h2>
        {result.recommendations.length > 0 ? (
          <RecommendationList recommendations={result.recommendations} gaps={gaps} />
        ) : (
          <p>{t('results.summary.noRecommendations')}</p>
        )}
      </section>

      <TargetsPanel scores={result.scores} gaps={gaps} />

      <ComparePanel earlier={earlier} onEarlier={setEarlier} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('results.detailsHeading')}</h2>
        <ScoreDetails result={result} />
      </section>

      <div className="parat-actions parat-no-print">
        <DownloadPdfButton {...(earlier?.ok ? { earlier: earlier.file } : {})} />
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <DownloadAnswersButton />
        <CsvButtons result={result} />
        <ShareLinkDialog />
        <a className="button button-tertiary" href={href({ page: 'check' })}>
          {t('results.backToCheck')}
        </a>
      </div>
    </>
  );
}
