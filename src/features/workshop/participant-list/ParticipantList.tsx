import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../plan/Field';
import { collidingNames, isNamed, nameKey, type Participant } from '../participants';
import { matching } from './matching';
import { ParticipantRow } from './ParticipantRow';

// A room's worth of participants is listed in full; a longer list shows this many at a time, with a search, so a
// thousand participants do not put eight thousand elements on the page.
const pageSize = 20;

/**
 * The participants, each with an optional role and a way to remove them: by number (»Deltager n«) unless the
 * facilitator shows names, then with a name to correct (and a warning where two share one, or none is given). A long
 * list shows its first participants and a search; a status says how many are shown of how many.
 */
export function ParticipantList({
  participants,
  showNames,
  change,
}: {
  participants: readonly Participant[];
  showNames: boolean;
  change: (update: (current: Participant[]) => Participant[]) => void;
}) {
  const { t } = useTranslation();
  const anonymous = !showNames;
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(pageSize);
  // Typing stays quick in a long list: the list follows the search when there is time.
  const deferredSearch = useDeferredValue(search);
  const long = participants.length > pageSize;
  // Anonymous participants need no names told apart.
  const colliding = useMemo(
    () => (anonymous ? new Set<string>() : collidingNames(participants)),
    [anonymous, participants],
  );
  const nameOf = (p: Participant, index: number) =>
    anonymous || !p.name.trim() ? t('workshop:anonymous', { number: index + 1 }) : p.name;
  const found = matching(participants, long ? deferredSearch : '', nameOf);
  const visible = long ? found.slice(0, shown) : found;
  const problemOf = (p: Participant) =>
    anonymous
      ? undefined
      : colliding.has(nameKey(p.name))
        ? t('workshop:nameCollides')
        : !isNamed(p)
          ? t('workshop:nameMissing')
          : undefined;
  const rename = (key: string, name: string) =>
    change((current) => current.map((p) => (p.key === key ? { ...p, name, named: true } : p)));
  const setRole = (key: string, role: string) =>
    change((current) =>
      current.map((p) => {
        if (p.key !== key) return p;
        const next: Participant = { ...p, role };
        if (!role.trim()) delete next.role;
        return next;
      }),
    );
  const remove = (key: string) => change((current) => current.filter((p) => p.key !== key));

  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('workshop:participantsHeading', { count: participants.length })}</h2>
      <p>{anonymous ? t('meeting:participants.anonymous') : t('meeting:participants.named')}</p>
      <datalist id="workshop-roles">
        {(['management', 'professional', 'it'] as const).map((role) => (
          <option key={role} value={t(`meeting:participants.roles.${role}`)} />
        ))}
      </datalist>
      {long && (
        <Field id="workshop-search" label={t('workshop:list.search')} hint={t('workshop:list.searchHint')}>
          <input
            className="form-input"
            id="workshop-search"
            type="search"
            aria-describedby="workshop-search-hint"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setShown(pageSize);
            }}
          />
        </Field>
      )}
      {long && (
        <p role="status">
          {found.length === 0
            ? t('workshop:list.none')
            : t('workshop:list.showing', { shown: visible.length, count: found.length })}
        </p>
      )}
      <ul className="nobullet-list parat-participants">
        {visible.map(({ participant, index }) => (
          <ParticipantRow
            key={participant.key}
            participant={participant}
            number={index + 1}
            shownName={nameOf(participant, index)}
            problem={problemOf(participant)}
            anonymous={anonymous}
            rename={rename}
            setRole={setRole}
            remove={remove}
          />
        ))}
      </ul>
      {visible.length < found.length && (
        <button type="button" className="button button-secondary" onClick={() => setShown((n) => n + pageSize)}>
          {t('workshop:list.more', { count: Math.min(pageSize, found.length - visible.length) })}
        </button>
      )}
    </section>
  );
}
