import { useTranslation } from 'react-i18next';
import type { VerdictText } from '../../format/verdict-text';
import { href } from '../../routing';

/** Where the organisation stands, in a few plain sentences: the first thing on the results page and in its print. */
export function VerdictPanel({ text }: { text: VerdictText }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="parat-verdict">
      <h2 id="summary-heading">{t('verdict.heading')}</h2>
      {text.caution && (
        <p>
          <strong>{text.caution}</strong>
        </p>
      )}
      {text.change && <p>{text.change}</p>}
      <p>{text.barriers}</p>
      {text.areas.length > 0 && (
        <>
          <p>{t('verdict.areasLead')}</p>
          <ul className="parat-verdict-areas">
            {text.areas.map((area) => (
              <li key={area.sectionId}>
                <strong>
                  {area.title}, {area.score}.
                </strong>{' '}
                {area.sentences.join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {text.basis} <a href={href({ page: 'check' })}>{t('results.summary.toCheck')}</a>
      </p>
    </section>
  );
}
