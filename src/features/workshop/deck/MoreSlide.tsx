import { useTranslation } from 'react-i18next';

// As many as the room can read at once; the workshop page and the report have them all.
const namedOnSlide = 10;

/** The disputed questions beyond those the deck takes one by one, named by their short labels. */
export function MoreSlide({ questionIds }: { questionIds: string[] }) {
  const { t } = useTranslation();
  const rest = questionIds.length - namedOnSlide;
  return (
    <>
      <p className="parat-deck-kicker">{t('meeting:deck.moreKicker', { count: questionIds.length })}</p>
      <h2 tabIndex={-1}>{t('meeting:deck.moreHeading')}</h2>
      <ul className="nobullet-list parat-deck-agreed">
        {questionIds.slice(0, namedOnSlide).map((id) => (
          <li key={id}>{t(`questions:${id}.short`)}</li>
        ))}
      </ul>
      {rest > 0 && <p>{t('meeting:deck.moreRest', { count: rest })}</p>}
    </>
  );
}
