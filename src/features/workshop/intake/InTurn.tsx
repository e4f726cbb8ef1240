import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../state/context';
import { nameFromAnswers, type Participant } from '../participants';

/**
 * Respondents answering in turn in this browser: the current answers are added as a participant under the name
 * typed, or else the name the answers give.
 */
export function InTurn({
  count,
  change,
}: {
  count: number;
  change: (update: (current: Participant[]) => Participant[]) => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [respondent, setRespondent] = useState('');
  const addOwnAnswers = () => {
    const file = store.toFile();
    const typed = respondent.trim();
    const name = typed || nameFromAnswers(file, t('workshop:anonymous', { number: count + 1 }));
    change((current) => [...current, { key: `${Date.now()}-own`, name, file, ...(typed ? { named: true } : {}) }]);
    setRespondent('');
  };
  return (
    <section aria-labelledby="in-turn-heading">
      <h2 id="in-turn-heading">{t('workshop:inTurnHeading')}</h2>
      <p>{t('workshop:inTurnHint')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="workshop-respondent">
          {t('workshop:respondentLabel')}
        </label>
        <input
          className="form-input"
          id="workshop-respondent"
          maxLength={300}
          value={respondent}
          onChange={(event) => setRespondent(event.target.value)}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={addOwnAnswers}>
        {t('workshop:addOwn')}
      </button>
    </section>
  );
}
