import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../../questions';
import type { Decision } from '../../../../questions/decisions';
import { disputedQuestions, type DecidedWorkshop } from '../../../../scoring';
import { answerCounts } from '../../../format/answer-counts';
import { decisionText } from '../../../format/decision-text';
import { deckQuestions } from '../deck/slides';
import { DecisionDialog } from './DecisionDialog';

/**
 * The disputed questions, most disputed first, and any other the group decided on: each with how the participants
 * answered and what stands for the group (the agreed answer, or the median), and a button to record the decision.
 * Any other question can be picked for a decision too.
 */
export function DecisionList({
  workshop,
  onDecide,
}: {
  workshop: DecidedWorkshop;
  onDecide: (questionId: string, decision: Decision | undefined) => void;
}) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<string>();
  const [all, setAll] = useState(false);
  const disputed = disputedQuestions(bank, workshop);
  const decided = workshop.questions
    .map((q) => q.questionId)
    .filter((id) => workshop.decisions[id] !== undefined && !disputed.includes(id));
  const listed = [...disputed, ...decided];
  // As many as the deck takes one by one, then the rest on request: a thousand random answers dispute everything.
  const shown = all ? listed : [...disputed.slice(0, deckQuestions), ...decided];
  const others = workshop.questions.filter((q) => !listed.includes(q.questionId));
  const [picked, setPicked] = useState('');
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('meeting:decisions.listHeading')}</h2>
      <p>{t('meeting:decisions.listLead')}</p>
      {listed.length === 0 ? (
        <p>{t('meeting:decisions.noDisputes')}</p>
      ) : (
        <ol className="parat-decisions">
          {shown.map((id) => {
            const question = workshop.questions.find((q) => q.questionId === id);
            return (
              <li key={id}>
                <p>{t(`questions:${id}.text`)}</p>
                <p className="parat-source">{answerCounts(question?.counts ?? {}, t)}</p>
                <p>{decisionText(workshop, id, t)}</p>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`${t('meeting:decisions.record')}: ${t(`questions:${id}.short`)}`}
                  onClick={() => setDeciding(id)}
                >
                  {t('meeting:decisions.record')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {shown.length < listed.length && (
        <button type="button" className="button button-tertiary" onClick={() => setAll(true)}>
          {t('meeting:decisions.showAll', { count: listed.length })}
        </button>
      )}
      {others.length > 0 && (
        <div className="form-group">
          <label className="form-label" htmlFor="decision-other">
            {t('meeting:decisions.other')}
          </label>
          <select
            className="form-select"
            id="decision-other"
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
          >
            <option value="">{t('meeting:decisions.pick')}</option>
            {others.map((q) => (
              <option key={q.questionId} value={q.questionId}>
                {t(`questions:${q.questionId}.short`)}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="button button-secondary"
            disabled={!picked}
            onClick={() => setDeciding(picked)}
          >
            {t('meeting:decisions.record')}
          </button>
        </div>
      )}
      {deciding && (
        <DecisionDialog
          questionId={deciding}
          decision={workshop.decisions[deciding]}
          onSave={(decision) => onDecide(deciding, decision)}
          onClose={() => {
            setDeciding(undefined);
            setPicked('');
          }}
        />
      )}
    </section>
  );
}
