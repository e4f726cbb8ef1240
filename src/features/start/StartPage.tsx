import { useTranslation } from 'react-i18next';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import { RestartDialog } from '../../components/RestartDialog';
import { ImportAnswers } from '../transfer/ImportAnswers';
import { useAssessment } from '../../state/context';
import { href, navigate, type Route } from '../../routing';
import { PageHeading } from '../../components/PageHeading';

/** What Parat does, how long it takes, and that answers stay in the browser; Start, or Continue. */
export function StartPage({ firstStep }: { firstStep: Route }) {
  const { t } = useTranslation();
  const state = useAssessment();
  const started = Object.keys(state.answers).length > 0;
  return (
    <>
      <PageHeading>{t('start.heading')}</PageHeading>
      <p className="font-lead">{t('start.lead')}</p>
      <p>{t('start.time')}</p>
      <div className="parat-actions">
        {started ? (
          <>
            <a className="button button-primary" href={state.route || href(firstStep)}>
              {t('start.continue')}
            </a>
            <RestartDialog onRestarted={() => navigate(firstStep)} />
          </>
        ) : (
          <a className="button button-primary" href={href(firstStep)}>
            {t('start.begin')}
          </a>
        )}
      </div>
      <h2>{t('start.whatHeading')}</h2>
      <ul>
        <li>{t('start.what.barriers')}</li>
        <li>{t('start.what.maturity')}</li>
        <li>{t('start.what.recommendations')}</li>
      </ul>
      <h2>{t('start.privacyHeading')}</h2>
      <p>{t('start.privacy')}</p>
      <p>{t('start.keepCopy')}</p>
      {started && <DownloadAnswersButton />}
      <ImportAnswers />
      <p>
        <a href={href({ page: 'workshop' })}>{t('workshopOpen')}</a>
      </p>
    </>
  );
}
