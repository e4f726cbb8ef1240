import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { sectorOf } from '../../../questions/sectors';
import { assess, compareAssessments, targetGaps, verdictOf } from '../../../scoring';
import { href } from '../../routing';
import { Alert } from '../../components/Alert';
import { KeepCopyNotice } from '../../components/KeepCopyNotice';
import { InPageLink } from '../../components/InPageLink';
import { formatDate } from '../../format/locale';
import { scoreFigure } from '../../format/score-text';
import { verdictText } from '../../format/verdict-text';
import { organisationTitle } from '../../format/organisation-title';
import { useAssessment } from '../../state/context';
import { hasJoined } from '../../state/joined';
import { browserStorage } from '../../state/storage';
import { BarChart } from './BarChart';
import { BarrierContext } from './BarrierContext';
import type { Incoming } from '../transfer/incoming';
import { ComparePanel } from './ComparePanel';
import { ArchiveButton } from '../assessments/ArchiveButton';
import { PeersPanel } from '../peers/PeersPanel';
import { TargetsPanel } from './TargetsPanel';
import { CsvButtons } from '../transfer/CsvButtons';
import { SendToWorkshopDialog } from '../transfer/SendToWorkshopDialog';
import { ShareLinkDialog } from '../transfer/ShareLinkDialog';
import { DownloadPdfButton } from './DownloadPdfButton';
import { NationalDetails } from './NationalDetails';
import { RecommendationList, recommendationAnchor } from './RecommendationList';
import { ScoreDetails } from './ScoreDetails';
import { VerdictPanel } from './VerdictPanel';
import { PageHeading } from '../../components/PageHeading';

const chapters = ['barriers', 'maturity', 'recommendations', 'details', 'tools'] as const;

/**
 * Where the organisation stands and what to do first, on the first screen; then charts, the national comparison,
 * the recommendations and the answers for those who want them; the tools last.
 */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { answers, targets, plan } = useAssessment();
  const result = useMemo(() => assess(bank, answers), [answers]);
  // An earlier assessment to compare with: shown on the page, in the verdict and carried into the PDF.
  const [earlier, setEarlier] = useState<Incoming>();
  // Who came by a workshop's join address is offered »Send til workshoppen« first, not at the foot of the page.
  const [joined] = useState(() => hasJoined(browserStorage()));
  const comparison = useMemo(
    () => (earlier?.ok ? compareAssessments(bank, earlier.file.answers, answers) : undefined),
    [earlier, answers],
  );
  const verdict = useMemo(() => verdictOf(bank, answers, result, comparison), [answers, result, comparison]);
  const gaps = useMemo(() => targetGaps(result.scores, targets), [result, targets]);
  // The first screen is painted before the rest of the page is rendered, in the background: on an old laptop the
  // charts, the national rows and the recommendations take several times as long as the verdict.
  const rest = useDeferredValue(true, false);
  // Printed results show every detail: a closed <details> prints only its summary.
  useEffect(() => {
    const openAll = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  const name = organisationTitle(answers);
  const title = (id: string) => t(`bank:sections.${id}.title`);
  const byKind = (kind: string) => result.scores.filter((s) => s.kind === kind && s.shown > 0);
  const chartData = (kind: string) =>
    byKind(kind).map((s) => ({
      id: s.sectionId,
      label: title(s.sectionId),
      value: s.value,
      valueText: scoreFigure(t, s.value),
      detail: t('results.basis', { ...s }),
    }));
  const earlierDate =
    earlier?.ok && earlier.preview.savedAt ? formatDate(earlier.preview.savedAt, i18n.language) : undefined;
  const text = verdictText(verdict, t, earlierDate);
  const technologies = byKind('technology');

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

      {joined && (
        <div className="parat-no-print">
          <Alert kind="info" heading={t('meeting:join.heading')}>
            <p>{t('meeting:join.lead')}</p>
            <SendToWorkshopDialog className="button button-primary" />
          </Alert>
        </div>
      )}
      <div className="parat-first-screen">
        <VerdictPanel text={text} />
        <div className="parat-first-steps">
          <section aria-labelledby="first-steps-heading">
            <h2 id="first-steps-heading">{t('verdict.firstSteps')}</h2>
            {verdict.firstSteps.length > 0 ? (
              <ol>
                {verdict.firstSteps.map((id) => (
                  <li key={id}>
                    <InPageLink to={recommendationAnchor(id)}>{t(`recommendations:${id}.title`)}</InPageLink>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t('results.summary.noRecommendations')}</p>
            )}
          </section>
          <section aria-labelledby="report-heading" className="parat-no-print">
            <h2 id="report-heading">{t('results.reportHeading')}</h2>
            {/* What goes to management: the report, and the plan made from its recommendations. */}
            <DownloadPdfButton {...(earlier?.ok ? { earlier: earlier.file } : {})} />{' '}
            <a className="button button-secondary" href={href({ page: 'plan' })}>
              {t('plan:open', { count: Object.keys(plan).length })}
            </a>
            <p className="parat-small">
              {t('results.accessible')}{' '}
              <button
                type="button"
                className="button button-tertiary parat-inline-button"
                onClick={() => window.print()}
              >
                {t('results.print')}
              </button>
            </p>
          </section>
          <KeepCopyNotice className="parat-no-print" />
        </div>
      </div>

      {rest && (
        <>
          <nav aria-labelledby="on-this-page" className="parat-on-this-page parat-no-print">
            <h2 id="on-this-page">{t('results.onThisPage')}</h2>
            <ul>
              {chapters.map((chapter) => (
                <li key={chapter}>
                  <InPageLink to={`${chapter}-heading`}>{t(`results.${chapter}Heading`)}</InPageLink>
                </li>
              ))}
            </ul>
          </nav>

          <div className="parat-results-grid">
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
              <BarrierContext scores={result.scores} />
            </section>

            <section aria-labelledby="maturity-heading">
              <h2 id="maturity-heading">{t('results.maturityHeading')}</h2>
              <BarChart
                title={t('results.maturityChart.title')}
                description={t('results.maturityChart.description')}
                valueHeading={t('results.table.maturity')}
                data={chartData('maturity-area')}
              />
              <NationalDetails answers={answers} result={result} areas={verdict.areas} />
            </section>
          </div>

          <section aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{t('results.recommendationsHeading')}</h2>
            {result.recommendations.length > 0 ? (
              <RecommendationList
                recommendations={result.recommendations}
                gaps={gaps}
                sector={sectorOf(answers.sector)}
              />
            ) : (
              <p>{t('results.summary.noRecommendations')}</p>
            )}
          </section>

          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{t('results.detailsHeading')}</h2>
            <div className="parat-details-grid">
              <ScoreDetails result={result} />
            </div>
          </section>

          {/* Printed only with a comparison loaded: the rest are controls. */}
          <section aria-labelledby="tools-heading" className={comparison ? undefined : 'parat-no-print'}>
            <h2 id="tools-heading">{t('results.toolsHeading')}</h2>
            <div className="parat-tools-grid">
              <div>
                <TargetsPanel scores={result.scores} gaps={gaps} />
                <ComparePanel earlier={earlier} onEarlier={setEarlier} comparison={comparison} />
                <PeersPanel scores={result.scores} />
              </div>
              <section aria-labelledby="exports-heading" className="parat-no-print">
                <h3 id="exports-heading">{t('results.exportsHeading')}</h3>
                {/* The answers file is offered once, at the top, beside why to keep it. */}
                <div className="parat-actions">
                  <ArchiveButton />
                  <CsvButtons result={result} />
                  <ShareLinkDialog />
                  {!joined && <SendToWorkshopDialog />}
                  <a className="button button-tertiary" href={href({ page: 'check' })}>
                    {t('results.backToCheck')}
                  </a>
                </div>
              </section>
            </div>
          </section>
        </>
      )}
    </>
  );
}
