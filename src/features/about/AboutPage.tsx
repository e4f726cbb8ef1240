import { useTranslation } from 'react-i18next';
import { seedFiles } from '../../../questions/sources';
import { accessibilityStatementUrl } from '../../config';
import { storageKey } from '../../state/storage';
import { PageHeading } from '../../components/PageHeading';

/** "Om Parat": privacy, sources, the method in short, and the accessibility statement. */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('about.heading')}</PageHeading>
      <p className="font-lead">{t('about.lead')}</p>

      <h2>{t('about.privacyHeading')}</h2>
      <p>{t('about.privacy')}</p>
      <p>{t('about.storage', { key: storageKey })}</p>
      <p>{t('about.deleting')}</p>

      <h2>{t('about.sourcesHeading')}</h2>
      <ul>
        {(Object.keys(seedFiles) as (keyof typeof seedFiles)[]).map((report) => (
          <li key={report}>{t(`bank:reports.${report}`)}</li>
        ))}
      </ul>
      <p>{t('about.sourcesUse')}</p>

      <h2>{t('about.methodHeading')}</h2>
      <ul>
        <li>{t('about.method.barriers')}</li>
        <li>{t('about.method.ratings')}</li>
        <li>{t('about.method.maturity')}</li>
        <li>{t('about.method.dontKnow')}</li>
        <li>{t('about.method.benchmark')}</li>
        <li>{t('about.method.recommendations')}</li>
      </ul>

      <h2>{t('about.accessibilityHeading')}</h2>
      <p>{t('about.accessibility')}</p>
      {accessibilityStatementUrl ? (
        <p>
          <a href={accessibilityStatementUrl}>{t('layout.accessibilityStatement')}</a>
        </p>
      ) : (
        <p>{t('about.accessibilityNoStatement')}</p>
      )}
    </>
  );
}
