// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ParticipantList } from '../../src/features/workshop/participant-list/ParticipantList';
import type { Participant } from '../../src/features/workshop/participants';
import { loadFixture } from '../fixtures';
import { renderWithApp } from './render';

afterEach(cleanup);

const file = loadFixture('large-region-rpa');
const people = (count: number): Participant[] =>
  Array.from({ length: count }, (_, i) => ({
    key: String(i),
    name: `Deltager nr. ${i + 1}`,
    file: { ...file, answers: { ...file.answers, respondent: `Deltager nr. ${i + 1}` } },
  }));

const seen: { latest: Participant[] } = { latest: [] };
function List({ start, showNames = true }: { start: Participant[]; showNames?: boolean }) {
  const [participants, setParticipants] = useState(start);
  return (
    <ParticipantList
      participants={participants}
      showNames={showNames}
      change={(update) =>
        setParticipants((current) => {
          seen.latest = update(current);
          return seen.latest;
        })
      }
    />
  );
}

const shownNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('textbox')
    .map((input) => (input as HTMLInputElement).value);

describe('the list of participants', () => {
  it('lists a room’s worth of participants in full, without a search', () => {
    renderWithApp(<List start={people(8)} />);
    expect(screen.getByRole('heading', { name: '8 deltagere' })).toBeTruthy();
    expect(shownNames()).toHaveLength(8);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows the first of a thousand with a count, finds any of them by name, and shows more on request', async () => {
    renderWithApp(<List start={people(1000)} />);
    expect(screen.getByRole('heading', { name: '1000 deltagere' })).toBeTruthy();
    expect(shownNames()).toEqual(people(20).map((p) => p.name));
    expect(screen.getByRole('status').textContent).toBe('Viser 20 af 1000 deltagere.');
    expect(document.querySelectorAll('*').length).toBeLessThan(400);

    fireEvent.click(screen.getByRole('button', { name: 'Vis 20 mere' }));
    expect(shownNames()).toHaveLength(40);

    await act(async () => {
      fireEvent.change(screen.getByRole('searchbox', { name: 'Find en deltager' }), {
        target: { value: '  NR. 999 ' },
      });
    });
    expect(shownNames()).toEqual(['Deltager nr. 999']);
    expect(screen.getByRole('status').textContent).toBe('Viser 1 af 1 deltager.');
    // Removing the one found leaves none found, and the heading counts the rest.
    fireEvent.click(screen.getByRole('button', { name: /^Fjern ?Deltager nr\. 999$/ }));
    expect(screen.getByRole('heading', { name: '999 deltagere' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ingen deltagere har et navn, der passer.');
  });

  it('finds participants by their number when they are shown anonymously', async () => {
    renderWithApp(<List start={people(30)} showNames={false} />);
    await act(async () => {
      fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'deltager 7' } });
    });
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Deltager 7']);
  });

  it('shows participants by number unless names are shown, and warns of no shared name then', () => {
    const same = people(3).map((p) => ({ ...p, name: 'Bakkedal Kommune' }));
    renderWithApp(<List start={same} showNames={false} />);
    expect(within(screen.getByRole('list')).queryAllByRole('textbox')).toEqual([]);
    expect(screen.getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual([
      'Deltager 1',
      'Deltager 2',
      'Deltager 3',
    ]);
    expect(screen.queryByText(/Samme navn som en anden deltager/)).toBeNull();
    cleanup();
    renderWithApp(<List start={same} />);
    expect(screen.getAllByText(/Samme navn som en anden deltager/)).toHaveLength(3);
  });

  it('gives a participant a role, from the suggestions or in the facilitator’s own words', () => {
    renderWithApp(<List start={people(2)} showNames={false} />);
    expect([...document.querySelectorAll('#workshop-roles option')].map((o) => (o as HTMLOptionElement).value)).toEqual(
      ['Ledelse', 'Fagperson', 'IT'],
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Rolle for Deltager 2 (valgfri)' }), {
      target: { value: 'Økonomi' },
    });
    expect(seen.latest.map((p) => p.role)).toEqual([undefined, 'Økonomi']);
  });
});
