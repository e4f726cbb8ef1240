import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { RefusedAlert } from '../../transfer/IncomingPreview';
import type { Refusal, Repeat } from '../intake/admit';

/** What the last arrivals brought that did not become a participant: repeats, and refusals with their reasons. */
export function ArrivalNotices({ repeated, refused }: { repeated: readonly Repeat[]; refused: readonly Refusal[] }) {
  const { t } = useTranslation();
  return (
    <>
      {repeated.length > 0 && (
        <Alert kind="warning" heading={t('workshop:repeatedHeading', { count: repeated.length })} role="alert">
          <ul className="nobullet-list">
            {repeated.map((r) => (
              <li key={r.label}>{t('workshop:repeated', { file: r.label, name: r.as })}</li>
            ))}
          </ul>
        </Alert>
      )}
      {refused.map((r) => (
        <div key={r.label}>
          <p className="parat-refused-file">{r.label}</p>
          <RefusedAlert problem={r.incoming.problem} source={r.source} />
        </div>
      ))}
    </>
  );
}
