// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { ErrorSummary } from '../../src/components/ErrorSummary';
import { StepIndicator } from '../../src/components/StepIndicator';
import { QuestionField } from '../../src/features/questionnaire/QuestionField';
import { renderWithApp } from './render';

afterEach(cleanup);

const question = (id: string) => bank.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
const noRegister = (name: string) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} });

describe('QuestionField', () => {
  it('asks a scale question as a fieldset with the question as legend and five radio buttons, none chosen', () => {
    renderWithApp(
      <QuestionField question={question('task-volume')} number={3} hasNote={false} withNote register={noRegister} />,
    );
    const group = screen.getByRole('group', { name: /Spørgsmål 3\. I hvilken grad har I for få ensartede opgaver/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('li')?.textContent)).toEqual([
      'I høj grad',
      'I nogen grad',
      'I lav grad',
      'Slet ikke',
      'Ved ikke',
    ]);
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(within(group).getByText(/Særligt mindre organisationer/)).toBeTruthy();
  });

  it('shows its own error message above the options and ties it to the group', () => {
    renderWithApp(
      <QuestionField
        question={question('sector')}
        number={1}
        error="Vælg, hvilken slags organisation I er"
        hasNote={false}
        withNote
        register={noRegister}
      />,
    );
    const group = screen.getByRole('group', { name: /Hvilken slags organisation er I\?/ });
    const message = document.getElementById(group.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Fejl: Vælg, hvilken slags organisation I er');
  });

  it('offers an optional note with a label naming the question', () => {
    renderWithApp(
      <QuestionField question={question('task-volume')} number={1} hasNote withNote register={noRegister} />,
    );
    expect(screen.getByLabelText('Note til »Opgavevolumen«')).toBeTruthy();
  });

  it('keeps the note open while it is emptied and retyped, so the keystrokes reach it', () => {
    function Emptied() {
      const [hasNote, setHasNote] = useState(true);
      return (
        <>
          <button onClick={() => setHasNote(false)}>Tøm noten</button>
          <QuestionField
            question={question('task-volume')}
            number={1}
            hasNote={hasNote}
            withNote
            register={noRegister}
          />
        </>
      );
    }
    renderWithApp(<Emptied />);
    expect(document.querySelector('details')?.open).toBe(true);
    fireEvent.click(screen.getByText('Tøm noten'));
    expect(document.querySelector('details')?.open).toBe(true);
  });

  it('says how much of a paste was left out when it is longer than a note may be', () => {
    renderWithApp(
      <QuestionField question={question('task-volume')} number={1} hasNote withNote register={noRegister} />,
    );
    const note = screen.getByLabelText('Note til »Opgavevolumen«');
    fireEvent.paste(note, { clipboardData: { getData: () => 'x'.repeat(100_000) } });
    expect(screen.getByRole('status').textContent).toBe(
      'Det indsatte var for langt: en note kan højst have 10.000 tegn, så de sidste 90.000 tegn kom ikke med. ' +
        'Forkort teksten, eller gem den et andet sted.',
    );
    expect(note.getAttribute('aria-describedby')).toContain(screen.getByRole('status').id);
  });
});

describe('ErrorSummary', () => {
  it('names the number of problems and moves focus to the field a link names', () => {
    renderWithApp(
      <>
        <ErrorSummary ref={null} errors={[{ target: 'field-a', message: 'Vælg et svar om »A«' }]} />
        <input id="field-a" aria-label="A" />
      </>,
    );
    expect(screen.getByRole('alert').querySelector('h2')?.textContent).toBe('Der er et spørgsmål, I skal svare på');
    fireEvent.click(screen.getByRole('link', { name: 'Vælg et svar om »A«' }));
    expect(document.activeElement?.id).toBe('field-a');
  });
});

describe('StepIndicator', () => {
  it('marks the current step, links the reachable ones, ticks the done ones and leaves the rest as text', () => {
    const steps = [
      { id: 'a', title: 'Første', href: '#/step/a', reachable: true, done: true },
      { id: 'b', title: 'Anden', href: '#/step/b', reachable: true, done: false },
      { id: 'c', title: 'Tredje', href: '#/step/c', reachable: false, done: false },
    ];
    const fourth = { id: 'd', title: 'Fjerde', href: '#/step/d', reachable: false, done: false };
    function Profile() {
      const [more, setMore] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setMore(true)}>
            Vælg RPA
          </button>
          <StepIndicator currentId="b" steps={more ? [...steps, fourth] : steps} />
        </>
      );
    }
    renderWithApp(<Profile />);
    // The count is both the wide screen's heading line and the narrow screen's button that opens the list.
    expect(screen.getByRole('button', { name: 'Trin 2 af 3' }).getAttribute('aria-haspopup')).toBe('dialog');
    const wide = within(document.querySelector<HTMLElement>('.parat-steps-wide:not(p)')!);
    expect(wide.getByRole('link', { name: /Anden/ }).getAttribute('aria-current')).toBe('step');
    expect(wide.getByRole('link', { name: /^Trin 1 er udfyldt ?Første$/ })).toBeTruthy();
    expect(wide.queryByRole('link', { name: /Tredje/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');

    // A technology chosen in the profile adds a step: the new count is said, not just shown.
    fireEvent.click(screen.getByRole('button', { name: 'Vælg RPA' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Spørgeskemaet har nu 4 trin/);
  });
});
