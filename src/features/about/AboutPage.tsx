import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { seedFiles } from '../../../questions/sources';
import { host } from '../../config';
import { storageKey } from '../../state/storage';
import { PageHeading } from '../../components/PageHeading';

/**
 * "Om Parat": privacy, sources, the method in short, and the accessibility statement. Opened at a section (the
 * footer's "Privatliv"), that section's heading takes focus.
 */
export function AboutPage({ section }: { section?: string | undefined }) {
  const { t } = useTranslation();
  const privacy = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (section === 'privacy') privacy.current?.focus();
  }, [section]);
  return (
    <>
      <PageHeading>{t('about.heading')}</PageHeading>
      <p className="font-lead">{t('about.lead')}</p>

      <h2 id="privacy" tabIndex={-1} ref={privacy}>
        {t('about.privacyHeading')}
      </h2>
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
        <li>{t('about.method.workshop')}</li>
      </ul>

      <h2>{t('about.accessibilityHeading')}</h2>
      <p>{t('about.accessibility')}</p>
      {host.accessibilityStatementUrl && (
        <p>
          <a href={host.accessibilityStatementUrl}>{t('layout.accessibilityStatement')}</a>
        </p>
      )}
    </>
  );
}
