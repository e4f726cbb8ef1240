import { useTranslation } from 'react-i18next';
import type { DecidedWorkshop, WorkshopSection } from '../../../../scoring';
import { rounded } from '../../../format/role-text';
import { directionText, polarityOf } from './direction';

/** One area's group score as a bar on 0-100, with the direction that is good in its accessible name. */
function ScoreRow({ section }: { section: WorkshopSection }) {
  const { t } = useTranslation();
  const area = t(`bank:sections.${section.sectionId}.title`);
  const value = rounded(section.group);
  return (
    <li className={`parat-deck-score parat-deck-${polarityOf(section.kind)}`}>
      <span className="parat-deck-score-area">{area}</span>
      <svg className="parat-deck-bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
        <rect className="parat-deck-bar-track" width="100" height="10" />
        <rect width={section.group ?? 0} height="10" />
      </svg>
      <span className="parat-deck-score-value">
        {value}
        <span className="sr-only">
          {' '}
          {t('meeting:deck.ofHundred')}, {directionText(section.kind, t)}
        </span>
      </span>
    </li>
  );
}

/**
 * Every area's group score on one slide: the barriers and technologies (pressure: higher is worse) beside the
 * maturity areas (higher is better), each group headed by which way is better.
 */
export function OverviewSlide({ workshop }: { workshop: DecidedWorkshop }) {
  const { t } = useTranslation();
  const scored = workshop.sections.filter((s) => s.scored > 0);
  const groups = [
    {
      id: 'pressure',
      title: t('meeting:deck.pressureGroup'),
      sections: scored.filter((s) => polarityOf(s.kind) === 'pressure'),
    },
    {
      id: 'maturity',
      title: t('meeting:deck.maturityGroup'),
      sections: scored.filter((s) => polarityOf(s.kind) === 'maturity'),
    },
  ].filter((g) => g.sections.length > 0);
  return (
    <>
      <p className="parat-deck-kicker">{t('meeting:deck.overviewKicker', { count: workshop.participants })}</p>
      <h2 tabIndex={-1}>{t('meeting:deck.overviewHeading')}</h2>
      <div className="parat-deck-overview">
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`deck-${group.id}`} className={`parat-deck-group-${group.id}`}>
            <h3 id={`deck-${group.id}`}>{group.title}</h3>
            <ul className="nobullet-list">
              {group.sections.map((s) => (
                <ScoreRow key={s.sectionId} section={s} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
